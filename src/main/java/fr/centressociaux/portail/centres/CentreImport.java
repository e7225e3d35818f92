package fr.centressociaux.portail.centres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.TableReader;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports a list of centres from a CSV or XLSX file ({@link CentreColumn} headers): first a
 * preview of what each row would create or update with every problem in French, then, only when
 * no row has a problem, the import itself. A row matches an existing centre by SIRET, else by name
 * and commune, so importing the same file twice changes nothing the second time.
 */
@Service
public class CentreImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_LINES = 2_000;

    private final CentreRepository repository;
    private final CentreService centres;
    private final CentreAccess access;
    private final TerritoryService territories;
    private final Texts texts;
    private final Clock clock;

    CentreImport(CentreRepository repository, CentreService centres, CentreAccess access, TerritoryService territories,
            Texts texts, Clock clock) {
        this.repository = repository;
        this.centres = centres;
        this.access = access;
        this.territories = territories;
        this.texts = texts;
        this.clock = clock;
    }

    /** The previous year: in spring, centres report the figures of the year just ended. */
    public int defaultFiguresYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** What importing the file would do; staff and volunteer figures are recorded for {@code figuresYear}. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(String fileName, InputStream content, int figuresYear) {
        int thisYear = LocalDate.now(clock).getYear();
        if (figuresYear < 2000 || figuresYear > thisYear) {
            throw new UserFacingException("import.figures-year-invalid", thisYear);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return refused(fileName, figuresYear, "import.file.unreadable");
        }
        if (bytes.length > MAX_BYTES) {
            return refused(fileName, figuresYear, "import.file.too-big", MAX_BYTES / (1024 * 1024));
        }
        return read(fileName, bytes, figuresYear, access.actor()).preview();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(String fileName, InputStream content) {
        return preview(fileName, content, defaultFiguresYear());
    }

    /**
     * Imports the previewed file: reads it again and refuses if any row has a problem, or if the
     * directory changed since the preview so that a row would now do something else.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult apply(ImportPreview preview) {
        return write(preview, access.actor(), Beginnings.USUAL);
    }

    /** An empty file with the expected header, to fill in a spreadsheet (UTF-8 with BOM, for Excel). */
    public static byte[] template() {
        return ("\uFEFF" + String.join(";", CentreColumn.headers()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads and checks the file, and plans each row. Trusted callers (demo data) use it without a signed-in admin. */
    Reading read(String fileName, byte[] content, int figuresYear, String actor) {
        Table table;
        try {
            table = TableReader.read(content, MAX_LINES);
        } catch (UserFacingException refusal) {
            return new Reading(refused(fileName, figuresYear, refusal.messageKey(), refusal.arguments()), List.of());
        }
        ImportHeader header = ImportHeader.of(table, texts);
        if (header.missesRequiredColumns()) {
            return new Reading(new ImportPreview(fileName, figuresYear, header.errors(), List.of(), content), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Territory> byCode = territories.all().stream()
                .collect(Collectors.toMap(Territory::getCode, Function.identity()));
        ImportRowReader reader = new ImportRowReader(header.columns(), header.headers(), byCode, centres, texts, today,
                figuresYear);
        ImportPlanner planner = new ImportPlanner(reader, centres, repository, texts, clock, actor);
        List<ImportPlanner.Planned> plans = table.lines().stream().map(planner::plan).toList();
        List<ImportRow> rows = plans.stream().map(ImportPlanner.Planned::row).toList();
        return new Reading(new ImportPreview(fileName, figuresYear, header.errors(), rows, content), plans);
    }

    /**
     * Writes a previewed file. There are no multi-document transactions: nothing is written until
     * every row has been read and checked, then each row is one atomic write of one centre. If the
     * portal stops half-way, the rows written are complete centres; importing the same file again
     * finds them unchanged and writes the rest.
     */
    ImportResult write(ImportPreview seen, String actor, Beginnings beginnings) {
        Reading again = read(seen.fileName(), seen.content(), seen.figuresYear(), actor);
        if (again.preview().hasErrors()) {
            throw new UserFacingException("import.has-errors", again.preview().errors().size());
        }
        if (!outcomes(again.preview()).equals(outcomes(seen))) {
            throw new UserFacingException("import.stale");
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportPlanner.Planned plan : again.plans()) {
            switch (plan.row().action()) {
                case CREATE -> {
                    create(plan.imported(), actor, beginnings);
                    created++;
                }
                case UPDATE -> {
                    centres.saveTrusted(plan.centre(), plan.changes());
                    updated++;
                }
                case UNCHANGED -> unchanged++;
                case null -> throw new IllegalStateException("A row without errors has an action");
            }
        }
        return new ImportResult(created, updated, unchanged);
    }

    private void create(ImportedRow row, String actor, Beginnings beginnings) {
        Territory territory = row.validTerritory();
        List<MembershipYear> memberships = row.departure() != null ? List.of(row.departure())
                : List.of(new MembershipYear(LocalDate.now(clock).getYear(), MembershipStatus.MEMBER, null, null, null));
        // Nothing says since when the centre is in its territory: as far as we know, since the territory exists.
        Beginning usual = new Beginning(territory.getId(), territory.getValidFrom(), memberships, (centre, changes) -> {
        });
        Beginning beginning = beginnings.of(row, usual);
        centres.create(null, row.profile(), beginning.territoryId(), beginning.from(), beginning.memberships(),
                row.director(), row.chair(), actor, (centre, changes) -> {
                    centre.changeApproval(row.approval());
                    if (row.figures() != null) {
                        centre.putFigures(row.figures());
                    }
                    beginning.more().apply(centre, changes);
                });
    }

    private ImportPreview refused(String fileName, int figuresYear, String messageKey, Object... arguments) {
        return new ImportPreview(fileName, figuresYear, List.of(new ImportError(0, null, texts.get(messageKey,
                arguments))), List.of(), new byte[0]);
    }

    private static Map<Integer, @Nullable ImportAction> outcomes(ImportPreview preview) {
        Map<Integer, @Nullable ImportAction> outcomes = new LinkedHashMap<>();
        preview.rows().forEach(row -> outcomes.put(row.line(), row.action()));
        return outcomes;
    }

    /** A file read and planned: the preview shown, and for each row what to write. */
    record Reading(ImportPreview preview, List<ImportPlanner.Planned> plans) {
    }

    /** How a created centre starts: its first territory period, its membership years, anything else. */
    record Beginning(String territoryId, LocalDate from, List<MembershipYear> memberships, CentreService.Edit more) {
    }

    /** Lets trusted callers (the demo data) give created centres a past; an import by an admin uses the usual one. */
    @FunctionalInterface
    interface Beginnings {

        Beginnings USUAL = (row, usual) -> usual;

        Beginning of(ImportedRow row, Beginning usual);
    }
}
