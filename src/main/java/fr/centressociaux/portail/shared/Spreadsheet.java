package fr.centressociaux.portail.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * The portal's one way to write a spreadsheet (XLSX, one sheet or more, see {@link #nextSheet}): an optional title line, a bold
 * header row that stays in view (frozen with the first column) and carries a filter, then rows
 * of typed cells, so a spreadsheet adds up what the portal counted: numbers as numbers, dates as
 * dates, hours and euros as numbers with a format ({@link #hours}, {@link #euros},
 * {@link #percent}). Rows are streamed to the output a page at a time, so a long export does not
 * sit in memory.
 */
public final class Spreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 200;
    private static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final String HOURS_FORMAT = "0.0#";
    private static final String EUROS_FORMAT = "#,##0.00";
    private static final String PERCENT_FORMAT = "0%";
    private static final int SHEET_NAME_LIMIT = 31;

    /** A number shown with a format of its own. */
    public record Formatted(Number value, String format) {
    }

    private final Workbook workbook;
    private Worksheet sheet;
    private int next;
    private int headerRow = -1;
    private int columns;
    private int lastDataRow = -1;
    private boolean inlineTexts;

    private Spreadsheet(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Portail des centres sociaux", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    /** Excel refuses sheet names over 31 characters or holding one of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String allowed = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return allowed.length() > SHEET_NAME_LIMIT ? allowed.substring(0, SHEET_NAME_LIMIT) : allowed;
    }

    /**
     * Completes the current sheet (its filter, and its rows written out) and goes on in a new one,
     * so a workbook of several long sheets is streamed sheet after sheet. Names must differ.
     */
    public Spreadsheet nextSheet(String sheetName) {
        closeSheet();
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = workbook.newWorksheet(sheetName(sheetName));
        next = 0;
        headerRow = -1;
        columns = 0;
        lastDataRow = -1;
        inlineTexts = false;
        return this;
    }

    /** Starts a one-sheet workbook on {@code out}; {@link #finish()} completes it and leaves {@code out} open. */
    public static Spreadsheet on(OutputStream out, String sheetName) {
        return new Spreadsheet(out, sheetName);
    }

    /** A whole workbook in memory, for the small tables (a year's bilan). */
    public static byte[] bytes(String sheetName, Consumer<Spreadsheet> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet spreadsheet = on(out, sheetName);
        content.accept(spreadsheet);
        spreadsheet.finish();
        return out.toByteArray();
    }

    /** Hours as a number with decimals (14.5 for 14 h 30), so the column adds up. */
    public static Formatted hours(Duration duration) {
        return new Formatted(BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP), HOURS_FORMAT);
    }

    public static Formatted euros(BigDecimal amount) {
        return new Formatted(amount, EUROS_FORMAT);
    }

    /** A share, 0.8 shown as 80 %. */
    public static Formatted percent(double share) {
        return new Formatted(share, PERCENT_FORMAT);
    }

    /**
     * Writes the texts of the rest of this sheet into their cells rather than into the workbook's
     * shared-strings table, which keeps every distinct text until the end: for long sheets whose
     * texts hardly repeat (records' labels and links), memory then stays flat.
     */
    public Spreadsheet inlineTexts() {
        inlineTexts = true;
        return this;
    }

    /** A title line in a larger bold font, and an empty line under it. */
    public Spreadsheet title(String title) {
        sheet.value(next, 0, title);
        sheet.style(next, 0).bold().fontSize(13).set();
        next += 2;
        return this;
    }

    /**
     * The header row: bold, wrapped, shaded, kept in view with the first column when scrolling,
     * and the filter of the columns. {@code widths} gives each column's width in characters
     * (the last one repeats for the columns beyond).
     */
    public Spreadsheet header(List<String> labels, int... widths) {
        for (int column = 0; column < labels.size(); column++) {
            sheet.value(next, column, labels.get(column));
            sheet.width(column, widths[Math.min(column, widths.length - 1)]);
        }
        sheet.range(next, 0, next, labels.size() - 1).style().bold().wrapText(true).fillColor("E6ECF5").set();
        sheet.freezePane(1, next + 1);
        headerRow = next;
        columns = labels.size();
        next++;
        return this;
    }

    /** A row of cells: text, numbers, dates, {@link Formatted} numbers; null leaves a cell empty. */
    public Spreadsheet row(List<?> cells) {
        write(cells);
        lastDataRow = next;
        next++;
        if (next % FLUSH_EVERY == 0) {
            flush();
        }
        return this;
    }

    /** A bold row under the data (a subtotal, the total), outside the filtered range. */
    public Spreadsheet total(List<?> cells) {
        write(cells);
        sheet.range(next, 0, next, Math.max(columns, cells.size()) - 1).style().bold().set();
        next++;
        return this;
    }

    /** A section label in bold italics, on a line of its own among the rows. */
    public Spreadsheet section(String label) {
        sheet.value(next, 0, label);
        sheet.style(next, 0).bold().italic().set();
        next++;
        return this;
    }

    /** A line of text after an empty line, under the table. */
    public Spreadsheet note(String text) {
        next++;
        sheet.value(next, 0, text);
        next++;
        return this;
    }

    /** Completes the workbook; the output stays open. */
    public void finish() {
        closeSheet();
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeSheet() {
        if (headerRow >= 0) {
            sheet.setAutoFilter(headerRow, 0, Math.max(headerRow, lastDataRow), columns - 1);
        }
    }

    private void write(List<?> cells) {
        for (int column = 0; column < cells.size(); column++) {
            cell(column, cells.get(column));
        }
    }

    private void cell(int column, @Nullable Object value) {
        switch (value) {
            case null -> {
            }
            case LocalDate date -> {
                sheet.value(next, column, date);
                sheet.style(next, column).format(DATE_FORMAT).set();
            }
            case Formatted formatted -> {
                sheet.value(next, column, formatted.value());
                sheet.style(next, column).format(formatted.format()).set();
            }
            case Number number -> sheet.value(next, column, number);
            default -> {
                if (inlineTexts) {
                    sheet.inlineString(next, column, value.toString());
                } else {
                    sheet.value(next, column, value.toString());
                }
            }
        }
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
