package fr.centressociaux.portail.meetings;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The meeting list as a spreadsheet: the meetings a filter selects, as the caller sees them in the
 * list (same scoped service calls, a page at a time), one row each with its counts, the totals of
 * the set, and below them the distinct centres and the averages ({@link YearFigures}). Cancelled
 * meetings are listed without counts. When a register of partner organisations is plugged in, a
 * last column names those present.
 */
@Service
public class MeetingExport {

    /** The columns, as translation keys; the counts start at {@link #FIRST_COUNT}. */
    static final List<String> COLUMNS = List.of("meeting-columns.date", "meeting-columns.title",
            "meeting-columns.kind", "meeting-columns.scope", "meeting-columns.status",
            "meeting-columns.participants", "meeting-columns.employees",
            "meeting-columns.volunteers", "meeting-columns.inhabitants",
            "meeting-columns.partners", "meeting-columns.nord", "meeting-columns.pas-de-calais",
            "meeting-columns.centres-represented", "meeting-columns.centres-invited",
            "meeting-columns.rate", "meeting-columns.named");
    static final int FIRST_COUNT = 5;
    static final int PAGE_SIZE = 200;
    // Ties on date, time and title would let a meeting appear on two pages.
    private static final Sort ORDER = Sort.by("date", "startTime", "title", "id");

    private final MeetingService meetings;
    private final ScopeNames scopeNames;
    private final Texts texts;
    private final Clock clock;
    private final MeetingPartners partners;

    MeetingExport(MeetingService meetings, ScopeNames scopeNames, Texts texts, Clock clock, MeetingPartners partners) {
        this.meetings = meetings;
        this.partners = partners;
        this.scopeNames = scopeNames;
        this.texts = texts;
        this.clock = clock;
    }

    /** "reunions-2024.xlsx" */
    public String fileName(MeetingFilter filter) {
        return texts.get("meeting-export.file", String.valueOf(filter.year()));
    }

    /** Writes the meetings the filter selects, then their totals; leaves {@code out} open. */
    @PreAuthorize("isAuthenticated()")
    public void write(MeetingFilter filter, OutputStream out) {
        boolean withPartners = partners.available();
        List<String> header = new ArrayList<>(COLUMNS.stream().map(texts::get).toList());
        if (withPartners) {
            header.add(texts.get("meeting-columns.partner-organisations"));
        }
        Spreadsheet sheet = Spreadsheet.on(out, texts.get("meeting-export.sheet", String.valueOf(filter.year())))
                .header(header, 12, 45, 22, 22, 22, 12);
        Function<MeetingScope, String> scopeName = scopeNames.forList();
        LocalDate today = LocalDate.now(clock);
        for (int page = 0; ; page++) {
            List<MeetingRow> rows = meetings.list(filter, PageRequest.of(page, PAGE_SIZE, ORDER));
            // One read of the register per page for the partners' names, not one per meeting.
            Map<String, String> partnerNames = withPartners ? partners.labels(rows.stream()
                    .flatMap(row -> row.meeting().getPartnerIds().stream()).collect(Collectors.toSet())) : Map.of();
            for (MeetingRow row : rows) {
                Meeting meeting = row.meeting();
                List<@Nullable Object> cells = new ArrayList<>(Arrays.asList(meeting.getDate(), meeting.getTitle(),
                        row.kindName(), scopeName.apply(meeting.getScope()),
                        texts.get(MeetingPhase.of(meeting, today).labelKey())));
                cells.addAll(meeting.isCancelled() ? Collections.nCopies(COLUMNS.size() - FIRST_COUNT, null)
                        : counts(row.counts()));
                if (withPartners) {
                    cells.add(meeting.getPartnerIds().stream().map(partnerNames::get).filter(Objects::nonNull)
                            .collect(Collectors.joining(", ")));
                }
                sheet.row(cells);
            }
            if (rows.size() < PAGE_SIZE) {
                break;
            }
        }
        List<@Nullable Object> total = new ArrayList<>(Arrays.asList(texts.get("meeting-export.total"),
                texts.get("meeting-export.total.meetings", meetings.count(filter)), null, null, null));
        YearFigures figures = meetings.figures(filter);
        total.addAll(counts(figures.counts()));
        sheet.total(total);
        figures(sheet, figures);
        sheet.finish();
    }

    /**
     * Under the totals, the figures of the set as the federation reports them: distinct centres
     * represented out of distinct centres invited, the average rate per meeting, and the average
     * participants per meeting. Label in the title column, value in the first count column.
     */
    private void figures(Spreadsheet sheet, YearFigures figures) {
        sheet.total(figure("meeting-export.distinct", figures.distinctCentresRepresented(),
                figures.distinctRate().isEmpty() ? null : Spreadsheet.percent(
                        (double) figures.distinctCentresRepresented() / figures.distinctCentresInvited())));
        sheet.total(figure("meeting-export.distinct.invited", figures.distinctCentresInvited(), null));
        sheet.total(figure("meeting-export.average-rate", figures.averageRate().isEmpty() ? null
                : Spreadsheet.percent(figures.averageRate().getAsInt() / 100.0), null));
        sheet.total(figure("meeting-export.average-participants", figures.averageParticipants().isEmpty() ? null
                : figures.averageParticipants().getAsDouble(), null));
    }

    private List<@Nullable Object> figure(String labelKey, @Nullable Object value, @Nullable Object share) {
        return Arrays.asList(null, texts.get(labelKey), null, null, null, value, share);
    }

    /** The counts from {@link #FIRST_COUNT} on, the share of centres represented, then the named people. */
    private static List<@Nullable Object> counts(MeetingCounts counts) {
        List<@Nullable Object> values = new ArrayList<>(List.of(counts.participants()));
        for (ParticipantKind kind : ParticipantKind.values()) {
            values.add(counts.of(kind));
        }
        values.add(counts.from(Department.NORD));
        values.add(counts.from(Department.PAS_DE_CALAIS));
        values.add(counts.centresRepresented());
        values.add(counts.centresInScope());
        values.add(counts.centresInScope() == 0 ? null
                : Spreadsheet.percent((double) counts.centresRepresented() / counts.centresInScope()));
        values.add(counts.named());
        return values;
    }
}
