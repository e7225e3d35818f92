package fr.centressociaux.portail.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The meeting list as a spreadsheet: the meetings a filter selects, as the caller sees them in the
 * list (same scoped service calls, a page at a time), one row each with its counts, the totals of
 * the set, and below them the distinct centres and the averages ({@link YearFigures}). Cancelled
 * meetings are listed without counts.
 */
@Service
public class MeetingExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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

    MeetingExport(MeetingService meetings, ScopeNames scopeNames, Texts texts, Clock clock) {
        this.meetings = meetings;
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
    public void write(MeetingFilter filter, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Portail des centres sociaux", "1.0");
        Worksheet sheet = workbook.newWorksheet(texts.get("meeting-export.sheet", String.valueOf(filter.year())));
        for (int column = 0; column < COLUMNS.size(); column++) {
            sheet.value(0, column, texts.get(COLUMNS.get(column)));
            sheet.width(column, column == 1 ? 45 : column < FIRST_COUNT ? 22 : 12);
        }
        sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().wrapText(true).set();
        sheet.freezePane(2, 1);
        Function<MeetingScope, String> scopeName = scopeNames.forList();
        LocalDate today = LocalDate.now(clock.withZone(MeetingAccess.ZONE));
        int line = 1;
        for (int page = 0; ; page++) {
            List<MeetingRow> rows = meetings.list(filter, PageRequest.of(page, PAGE_SIZE, ORDER));
            for (MeetingRow row : rows) {
                Meeting meeting = row.meeting();
                sheet.value(line, 0, meeting.getDate());
                sheet.style(line, 0).format("dd/mm/yyyy").set();
                write(sheet, line, Arrays.asList(null, meeting.getTitle(), row.kindName(),
                        scopeName.apply(meeting.getScope()), texts.get(MeetingPhase.of(meeting, today).labelKey())));
                if (!meeting.isCancelled()) {
                    counts(sheet, line, row.counts());
                }
                line++;
            }
            sheet.flush();
            if (rows.size() < PAGE_SIZE) {
                break;
            }
        }
        write(sheet, line, Arrays.asList(texts.get("meeting-export.total"),
                texts.get("meeting-export.total.meetings", meetings.count(filter))));
        YearFigures figures = meetings.figures(filter);
        counts(sheet, line, figures.counts());
        sheet.range(line, 0, line, COLUMNS.size() - 1).style().bold().set();
        figures(sheet, line + 2, figures);
        workbook.finish();
    }

    /**
     * Below the totals, the figures of the set as the federation reports them: distinct centres
     * represented out of distinct centres invited, the average rate per meeting, and the average
     * participants per meeting. Label in the title column, value in the first count column.
     */
    private void figures(Worksheet sheet, int line, YearFigures figures) {
        sheet.value(line, 1, texts.get("meeting-export.distinct"));
        sheet.value(line, FIRST_COUNT, figures.distinctCentresRepresented());
        sheet.value(line + 1, 1, texts.get("meeting-export.distinct.invited"));
        sheet.value(line + 1, FIRST_COUNT, figures.distinctCentresInvited());
        if (figures.distinctCentresInvited() > 0) {
            sheet.value(line, FIRST_COUNT + 1,
                    (double) figures.distinctCentresRepresented() / figures.distinctCentresInvited());
            sheet.style(line, FIRST_COUNT + 1).format("0%").set();
        }
        sheet.value(line + 2, 1, texts.get("meeting-export.average-rate"));
        figures.averageRate().ifPresent(rate -> {
            sheet.value(line + 2, FIRST_COUNT, rate / 100.0);
            sheet.style(line + 2, FIRST_COUNT).format("0%").set();
        });
        sheet.value(line + 3, 1, texts.get("meeting-export.average-participants"));
        figures.averageParticipants().ifPresent(average -> sheet.value(line + 3, FIRST_COUNT, average));
    }

    private static void counts(Worksheet sheet, int line, MeetingCounts counts) {
        List<Integer> values = new ArrayList<>(List.of(counts.participants()));
        for (ParticipantKind kind : ParticipantKind.values()) {
            values.add(counts.of(kind));
        }
        values.add(counts.from(Department.NORD));
        values.add(counts.from(Department.PAS_DE_CALAIS));
        values.add(counts.centresRepresented());
        values.add(counts.centresInScope());
        for (int i = 0; i < values.size(); i++) {
            sheet.value(line, FIRST_COUNT + i, values.get(i));
        }
        int rateColumn = FIRST_COUNT + values.size();
        if (counts.centresInScope() > 0) {
            sheet.value(line, rateColumn, (double) counts.centresRepresented() / counts.centresInScope());
            sheet.style(line, rateColumn).format("0%").set();
        }
        sheet.value(line, rateColumn + 1, counts.named());
    }

    private static void write(Worksheet sheet, int line, List<@Nullable String> values) {
        for (int column = 0; column < values.size(); column++) {
            String value = values.get(column);
            if (value != null) {
                sheet.value(line, column, value);
            }
        }
    }
}
