package fr.centressociaux.portail.centres;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.shared.CsvText;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The directory as a spreadsheet: the centres a filter selects, as the caller sees them in the
 * directory (same scoped query, every page), in the columns of the import format so an export can
 * be corrected and imported again. Rows are written as they are read, a page at a time.
 */
@Service
public class CentreExport {

    /** The import format's columns, in order; the membership of the filter's year follows. */
    public static final List<String> COLUMNS = CentreColumn.headers().subList(0, CentreColumn.LEFT_ON.ordinal());

    static final int PAGE_SIZE = 200;
    // A stable order across pages: ties on name and commune would let a centre appear twice.
    private static final Sort ORDER = Sort.by("nameKey", "communeKey", "id");
    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private final CentreService centres;
    private final TerritoryService territories;
    private final Texts texts;
    private final Clock clock;

    CentreExport(CentreService centres, TerritoryService territories, Texts texts, Clock clock) {
        this.centres = centres;
        this.territories = territories;
        this.texts = texts;
        this.clock = clock;
    }

    public enum Format {
        XLSX("xlsx", Spreadsheet.CONTENT_TYPE),
        CSV("csv", "text/csv; charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** "annuaire-centres-2025-03-14.xlsx" */
    public String fileName(Format format) {
        return "annuaire-centres-" + LocalDate.now(clock) + "." + format.extension;
    }

    /** The column names of an export for the filter: the import format's, then the year's membership. */
    public static List<String> headers(CentreFilter filter) {
        List<String> headers = new ArrayList<>(COLUMNS);
        headers.add(CentreColumn.membershipIn(filter.year()));
        return headers;
    }

    /** Writes the centres the filter selects; leaves {@code out} open. */
    @PreAuthorize("isAuthenticated()")
    public void write(CentreFilter filter, Format format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> writeXlsx(filter, out);
            case CSV -> writeCsv(filter, out);
        }
    }

    private void writeCsv(CentreFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // The byte order mark tells Excel the file is UTF-8; without it, accents come out garbled.
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(headers(filter));
        RowSource rows = new RowSource(filter);
        for (List<@Nullable Object> row = rows.next(); row != null; row = rows.next()) {
            printer.printRecord(row.stream().map(CsvText::cell));
        }
        printer.flush();
    }

    private void writeXlsx(CentreFilter filter, OutputStream out) {
        Spreadsheet sheet = Spreadsheet.on(out, "Annuaire").header(headers(filter), 40, 16);
        RowSource rows = new RowSource(filter);
        for (List<@Nullable Object> row = rows.next(); row != null; row = rows.next()) {
            sheet.row(row);
        }
        sheet.finish();
    }

    /** The rows of the export, read a page at a time from the directory's query. */
    private final class RowSource {

        private final CentreFilter filter;
        private final Map<String, Territory> territoriesById = territories.byId();
        private final LocalDate today = LocalDate.now(clock);
        private int page;
        private List<Centre> batch = List.of();
        private int position;
        private boolean lastPage;

        RowSource(CentreFilter filter) {
            this.filter = filter;
        }

        @Nullable List<@Nullable Object> next() {
            if (position == batch.size()) {
                if (lastPage) {
                    return null;
                }
                batch = centres.page(filter, PageRequest.of(page++, PAGE_SIZE, ORDER));
                position = 0;
                lastPage = batch.size() < PAGE_SIZE;
                if (batch.isEmpty()) {
                    return null;
                }
            }
            return row(batch.get(position++));
        }

        private List<@Nullable Object> row(Centre centre) {
            CentreProfile profile = centre.getProfile();
            Approval approval = centre.getApproval();
            YearlyFigures figures = centre.getFigures().stream().findFirst().orElse(null);
            RoleHolder director = centre.getDirector();
            RoleHolder chair = centre.getChair();
            String territoryCode = centre.territoryOn(today).map(territoriesById::get).map(Territory::getCode)
                    .orElse(null);
            String membership = centre.membership(filter.year()).map(row -> texts.get(row.status().labelKey()))
                    .orElse(null);
            return Arrays.asList(profile.name(), profile.kind().name(), profile.management().name(), profile.street(),
                    profile.postalCode(), profile.commune(), centre.getDepartment().code(), profile.epci(),
                    territoryCode, profile.siret(), profile.email(), profile.phone(), profile.website(),
                    approval == null ? null : approval.start(), approval == null ? null : approval.end(),
                    figures == null ? null : figures.employees(),
                    figures == null ? null : figures.fullTimeEquivalent(),
                    figures == null ? null : figures.volunteers(),
                    director == null ? null : director.name(), director == null ? null : director.email(),
                    chair == null ? null : chair.name(), chair == null ? null : chair.email(), membership);
        }
    }
}
