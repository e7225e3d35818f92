package fr.centressociaux.portail.trainings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The spreadsheets of the trainings module: one sheet, a title line, a bold header, figures as numbers. */
final class Xlsx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HOURS_FORMAT = "0.0#";
    private static final String EUROS_FORMAT = "#,##0.00";

    private Xlsx() {
    }

    static byte[] write(String sheetName, Consumer<Worksheet> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Portail des centres sociaux", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            content.accept(sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void title(Worksheet sheet, int row, String title) {
        sheet.value(row, 0, title);
        sheet.style(row, 0).bold().fontSize(13).set();
    }

    static void header(Worksheet sheet, int row, List<String> labels, int firstWidth) {
        for (int column = 0; column < labels.size(); column++) {
            sheet.value(row, column, labels.get(column));
            sheet.width(column, column == 0 ? firstWidth : 16);
        }
        sheet.range(row, 0, row, labels.size() - 1).style().bold().wrapText(true).fillColor("E6ECF5").set();
    }

    static void bold(Worksheet sheet, int row, int columns) {
        sheet.range(row, 0, row, columns - 1).style().bold().set();
    }

    /** Hours as a number with decimals (14.5 for 14 h 30), so the column adds up. */
    static void hours(Worksheet sheet, int row, int column, Duration duration) {
        sheet.value(row, column, BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP));
        sheet.style(row, column).format(HOURS_FORMAT).set();
    }

    static void euros(Worksheet sheet, int row, int column, BigDecimal amount) {
        sheet.value(row, column, amount);
        sheet.style(row, column).format(EUROS_FORMAT).set();
    }
}
