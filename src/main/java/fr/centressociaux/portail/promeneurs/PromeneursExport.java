package fr.centressociaux.portail.promeneurs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import fr.centressociaux.portail.centres.CentreExport.Format;
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
 * The register as the caller sees it, filtered as on screen, to XLSX or CSV (a page of the scoped
 * query at a time). CSV cells starting like a formula are neutralised ({@link CsvText}).
 */
@Service
public class PromeneursExport {

    static final int PAGE_SIZE = 200;
    private static final Sort ORDER = Sort.by("nameKey", "id");
    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
    private static final List<String> COLUMN_KEYS = List.of("promeneurs.export.last-name",
            "promeneurs.export.first-name", "promeneurs.export.email", "promeneurs.export.phone",
            "promeneurs.export.job", "promeneurs.export.employer", "promeneurs.export.employer-kind",
            "promeneurs.export.commune", "promeneurs.export.territory", "promeneurs.export.status",
            "promeneurs.export.label-date", "promeneurs.export.left-on", "promeneurs.export.leaving-reason",
            "promeneurs.export.convention-signed", "promeneurs.export.convention-ends", "promeneurs.export.networks",
            "promeneurs.export.ages", "promeneurs.export.themes");

    private final PromeneurRegister register;
    private final TerritoryService territories;
    private final Texts texts;

    PromeneursExport(PromeneurRegister register, TerritoryService territories, Texts texts) {
        this.register = register;
        this.territories = territories;
        this.texts = texts;
    }

    /** "promeneurs-du-net-2026-12-06.xlsx" */
    public String fileName(Format format) {
        return "promeneurs-du-net-" + register.today() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> headers() {
        return COLUMN_KEYS.stream().map(key -> texts.get(key)).toList();
    }

    /** Writes the professionals the filter selects among those the caller sees; leaves {@code out} open. */
    @PreAuthorize("isAuthenticated()")
    public void write(ProfessionalFilter filter, Format format, OutputStream out) throws IOException {
        Map<String, Territory> territoriesById = territories.byId();
        LocalDate today = register.today();
        if (format == Format.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // The byte order mark tells Excel the file is UTF-8.
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            printer.printRecord(headers());
            try {
                each(filter, professional -> {
                    try {
                        printer.printRecord(row(professional, territoriesById, today).stream().map(CsvText::cell));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        } else {
            Spreadsheet sheet = Spreadsheet.on(out, "Promeneurs du Net").header(headers(), 18, 16);
            each(filter, professional -> sheet.row(row(professional, territoriesById, today)));
            sheet.finish();
        }
    }

    /** Each professional the filter selects, a page of the scoped query at a time, in a stable order. */
    private void each(ProfessionalFilter filter, Consumer<Professional> action) {
        for (int page = 0; ; page++) {
            List<Professional> batch = register.page(filter, PageRequest.of(page, PAGE_SIZE, ORDER));
            batch.forEach(action);
            if (batch.size() < PAGE_SIZE) {
                return;
            }
        }
    }

    private List<@Nullable Object> row(Professional professional, Map<String, Territory> territoriesById,
            LocalDate today) {
        StatusChange leaving = professional.leaving().orElse(null);
        List<@Nullable Object> row = new ArrayList<>(Arrays.asList(professional.getLastName(),
                professional.getFirstName(), professional.getEmail(), professional.getPhone(),
                professional.getJobTitle(), professional.getEmployer().name(),
                texts.get(professional.getEmployer().kind().labelKey()), professional.getEmployer().commune(),
                professional.territoryOn(today).map(territoriesById::get).map(Territory::getName).orElse(null),
                texts.get(professional.getStatus().labelKey()), professional.labelDate().orElse(null),
                leaving == null ? null : leaving.on(),
                leaving == null || leaving.reason() == null ? null : texts.get(leaving.reason().labelKey()),
                professional.getConventionSignedOn(), professional.getConventionEndsOn(),
                professional.getNetworks().stream().map(presence -> presence.network().label() + " " + presence.handle())
                        .collect(Collectors.joining(", ")),
                professional.getAgeFrom() == null ? null : professional.getAgeFrom() + "-" + professional.getAgeTo(),
                professional.getThemes()));
        return row;
    }
}
