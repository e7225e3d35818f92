package fr.centressociaux.portail.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.centressociaux.portail.shared.CsvText;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The figures of a year as a table to download, CSV or XLSX: one row per figure (its value, and what
 * it is out of for a rate), then one row per record it counts, under it. The figures come from
 * {@link FollowupFigures}, which already decided who reads what (the funder gets counts only). CSV
 * cells that start like a formula are neutralised ({@link CsvText}); the spreadsheet writes text as
 * text, never as a formula.
 */
@Component
public class FollowupFiguresExport {

    static final List<String> COLUMNS = List.of("followup.export.figure", "followup.export.value",
            "followup.export.out-of", "followup.export.date", "followup.export.centre", "followup.export.what");

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private final Texts texts;

    FollowupFiguresExport(Texts texts) {
        this.texts = texts;
    }

    /** "suivi-2024.csv" */
    public String fileName(FollowupYear year, String extension) {
        return texts.get("followup.export.file", String.valueOf(year.year())) + "." + extension;
    }

    public byte[] csv(FollowupYear year) {
        StringWriter text = new StringWriter();
        // The byte order mark tells Excel the file is UTF-8; without it, accents come out garbled.
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            printer.printRecord(COLUMNS.stream().map(texts::get));
            for (List<@Nullable Object> cells : rows(year)) {
                printer.printRecord(cells.stream().map(CsvText::cell));
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(FollowupYear year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet sheet = Spreadsheet.on(out, texts.get("followup.export.sheet", String.valueOf(year.year())))
                .header(COLUMNS.stream().map(texts::get).toList(), 50, 10, 10, 12, 40, 40);
        rows(year).forEach(sheet::row);
        sheet.finish();
        return out.toByteArray();
    }

    private List<List<@Nullable Object>> rows(FollowupYear year) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Figure figure : year.figures()) {
            rows.add(Arrays.asList(figure.label(), figure.value(), figure.outOf(), null, null, null));
            for (Figure.Line line : figure.records()) {
                rows.add(Arrays.asList(figure.label(), null, null, line.on(), line.centreOrBody(), line.what()));
            }
        }
        return rows;
    }
}
