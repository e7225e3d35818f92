package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.PortalYears;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.internal.SessionRepository;
import fr.centressociaux.portail.trainings.internal.SpecificFundingRepository;
import fr.centressociaux.portail.trainings.internal.TrainingFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The yearly table of the FOSFORA volunteer-training fund. Per line of training: the distinct
 * volunteers present at least one day in a session of the line (once per line, whatever the
 * number of sessions), their distinct centres, the sessions they attended, those sessions' days
 * (séances) and the amounts recorded on them; subtotals per section and a general total that add
 * lines up (a volunteer on two lines counts on both, as in the federation's table); and the
 * specific fundings staff enter. Network-wide, or for one department: its centres' volunteers (the
 * centre's department on the session's first day), the sessions they attended, and of each session's
 * amount the department's share of its volunteers present. Exported to XLSX and PDF. The funder reads
 * its own department's.
 */
@Service
public class Fosfora {

    static final int MAX_LABEL = 150;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    static final List<String> COLUMNS = List.of("fosfora.column.line", "fosfora.column.centres",
            "fosfora.column.volunteers", "fosfora.column.sessions", "fosfora.column.days", "fosfora.column.amount");

    private final TrainingFigures figures;
    private final SessionRepository sessions;
    private final SpecificFundingRepository fundings;
    private final FosforaPdf pdf;
    private final TrainingAccess access;
    private final Texts texts;
    private final InputValidation validation;

    Fosfora(TrainingFigures figures, SessionRepository sessions, SpecificFundingRepository fundings, FosforaPdf pdf,
            TrainingAccess access, Texts texts, InputValidation validation) {
        this.validation = validation;
        this.figures = figures;
        this.sessions = sessions;
        this.fundings = fundings;
        this.pdf = pdf;
        this.access = access;
        this.texts = texts;
    }

    /** The table of the year, network-wide (department null) or for one department. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR', 'FUNDER')")
    public FosforaTable table(int year, @Nullable Department department) {
        access.checkFosfora(department);
        Map<FosforaLine, TrainingFigures.LineFigures> counts = figures.fosfora(year, department);
        Set<String> sessionIds = new HashSet<>();
        counts.values().forEach(line -> sessionIds.addAll(line.sessionIds()));
        Map<String, TrainingSession> byId = new HashMap<>();
        sessions.findAllById(sessionIds).forEach(session -> byId.put(session.getId(), session));
        AmountShare share = department == null ? AmountShare.WHOLE
                : new AmountShare(department, figures.fosforaVolunteersBySession(year));

        List<FosforaTable.Section> sections = new ArrayList<>();
        FosforaFigures total = FosforaFigures.NONE;
        for (FosforaGroup group : FosforaGroup.values()) {
            List<FosforaTable.Row> rows = new ArrayList<>();
            if (group == FosforaGroup.SPECIFIC_FUNDING) {
                // Fundings outside sessions have no department: they belong to the network's table.
                if (department != null) {
                    continue;
                }
                fundings.findByYearOrderByLabelAsc(year).forEach(funding -> rows.add(new FosforaTable.Row(null,
                        funding, new FosforaFigures(0, 0, 0, 0, funding.getAmount()))));
            } else {
                for (FosforaLine line : FosforaLine.of(group)) {
                    rows.add(new FosforaTable.Row(line, null, line(counts.get(line), byId, share)));
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            FosforaFigures subtotal = rows.stream().map(FosforaTable.Row::figures)
                    .reduce(FosforaFigures.NONE, FosforaFigures::plus);
            sections.add(new FosforaTable.Section(group, rows, subtotal));
            total = total.plus(subtotal);
        }
        return new FosforaTable(year, department, sections, total);
    }

    /** "fosfora-2024.xlsx", "fosfora-2024-62.xlsx" */
    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR', 'FUNDER')")
    public FileDownload tableXlsx(int year, @Nullable Department department) {
        FosforaTable table = table(year, department);
        byte[] content = Spreadsheet.bytes(texts.get("fosfora.sheet", String.valueOf(year)),
                sheet -> write(sheet, table));
        return new FileDownload(texts.get("fosfora.file.xlsx", fileYear(table)), Spreadsheet.CONTENT_TYPE,
                content);
    }

    /** "fosfora-2024.pdf", "fosfora-2024-62.pdf" */
    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR', 'FUNDER')")
    public FileDownload tablePdf(int year, @Nullable Department department) {
        FosforaTable table = table(year, department);
        return new FileDownload(texts.get("fosfora.file.pdf", fileYear(table)), TrainingDocuments.PDF,
                pdf.render(table, title(table),
                this::label));
    }

    /** "Bilan FOSFORA 2024", "Bilan FOSFORA 2024 — Pas-de-Calais (62)" */
    public String title(FosforaTable table) {
        String year = String.valueOf(table.year());
        return table.department() == null ? texts.get("fosfora.title", year)
                : texts.get("fosfora.title.department", year, texts.get(table.department().labelKey()));
    }

    /** "2024", or "2024-62" for a department's table. */
    private static String fileYear(FosforaTable table) {
        return table.year() + (table.department() == null ? "" : "-" + table.department().code());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR')")
    public List<SpecificFunding> specificFundings(int year) {
        access.checkFosfora(null);
        return fundings.findByYearOrderByLabelAsc(year);
    }

    /** An amount of the year spent outside sessions, e.g. "Congrès", 10 000 €. */
    @PreAuthorize("hasRole('ADMIN')")
    public SpecificFunding addSpecificFunding(int year, String label, @Nullable BigDecimal amount) {
        access.checkManage();
        Problems check = validation.none();
        String valid = TextInput.tidy(label);
        if (valid.isEmpty() || valid.length() > MAX_LABEL) {
            check.add("label", valid.isEmpty() ? "input.required" : "input.too-long", MAX_LABEL);
        }
        BigDecimal euros = amount;
        if (euros == null) {
            check.add("amount", "input.required");
        } else if (euros.signum() <= 0 || euros.compareTo(MAX_AMOUNT) > 0 || euros.stripTrailingZeros().scale() > 2) {
            check.add("amount", "training.session.amount.invalid");
        }
        if (!PortalYears.contains(year)) {
            check.add("year", "fosfora.year.out-of-range");
        }
        check.throwIfAny();
        return fundings.insert(new SpecificFunding(year, valid,
                Objects.requireNonNull(euros).movePointRight(2).longValueExact()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeSpecificFunding(String id) {
        access.checkManage();
        SpecificFunding funding = fundings.findById(id)
                .orElseThrow(() -> new UserFacingException("fosfora.funding.not-found"));
        fundings.delete(funding);
    }

    /** The French label of a row: its line's, or the funding's own. */
    public String label(FosforaTable.Row row) {
        return row.line() != null ? texts.get(row.line().labelKey())
                : Objects.requireNonNull(row.funding()).getLabel();
    }

    private static FosforaFigures line(TrainingFigures.@Nullable LineFigures counts,
            Map<String, TrainingSession> sessionsById, AmountShare share) {
        if (counts == null) {
            return FosforaFigures.NONE;
        }
        int sessionCount = 0;
        int days = 0;
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (String sessionId : counts.sessionIds()) {
            TrainingSession session = sessionsById.get(sessionId);
            if (session != null && !session.isCancelled()) {
                sessionCount++;
                days += session.getDays().size();
                amount = amount.add(share.of(sessionId,
                        Objects.requireNonNullElse(session.getFosforaAmount(), BigDecimal.ZERO)));
            }
        }
        return new FosforaFigures(counts.centres(), counts.volunteers(), sessionCount, days, amount);
    }

    private void write(Spreadsheet sheet, FosforaTable table) {
        sheet.title(title(table))
                .header(COLUMNS.stream().map(texts::get).toList(), 70, 16);
        for (FosforaTable.Section section : table.sections()) {
            sheet.section(texts.get(section.group().labelKey()));
            for (FosforaTable.Row line : section.rows()) {
                sheet.row(figures(label(line), line.figures(), line.funding() == null));
            }
            if (section.rows().size() > 1) {
                sheet.total(figures(texts.get("fosfora.subtotal", texts.get(section.group().labelKey())),
                        section.subtotal(), section.group() != FosforaGroup.SPECIFIC_FUNDING));
            }
        }
        sheet.total(figures(texts.get("fosfora.total"), table.total(), true)).note(texts.get("fosfora.note"));
    }

    private static List<@Nullable Object> figures(String label, FosforaFigures figures, boolean counts) {
        return counts ? List.of(label, figures.centres(), figures.volunteers(), figures.sessions(), figures.days(),
                Spreadsheet.euros(figures.amount()))
                : Arrays.asList(label, null, null, null, null, Spreadsheet.euros(figures.amount()));
    }
}
