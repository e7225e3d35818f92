package fr.centressociaux.portail.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a CSV file (";" or "," separated, UTF-8 with or without BOM, or Windows-1252 as older
 * Excel versions save it) or the first sheet of an XLSX workbook into a {@link Table}. Stops
 * reading past {@code maxLines} lines, so a huge file costs no more than a refusal.
 */
public final class TableReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A number format that shows a date: d, m or y outside quoted text and brackets. */
    private static final Pattern DATE_FORMAT = Pattern.compile("[dmy]", Pattern.CASE_INSENSITIVE);

    private static final Set<FileKind> READABLE = Set.of(FileKind.OFFICE_DOCUMENT, FileKind.TEXT);

    private TableReader() {
    }

    /** @throws UserFacingException when the file cannot be read, is empty or has too many lines */
    public static Table read(byte[] content, int maxLines) {
        if (ReadableWorkbook.isOLE2Header(content)) {
            throw new UserFacingException("import.file.old-excel");
        }
        // A workbook or text, told by the first bytes: a PDF or a picture renamed .csv is not read as text.
        if (content.length > 0) {
            FileKind.require(content, READABLE, "import.file.unreadable");
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try {
            if (ReadableWorkbook.isOOXMLZipHeader(content)) {
                readWorkbook(content, maxLines, rows, numbers);
            } else {
                readCsv(text(content), maxLines, rows, numbers);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserFacingException("import.file.unreadable");
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("import.file.empty");
        }
        List<Table.Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            lines.add(new Table.Line(numbers.get(i), rows.get(i)));
        }
        return new Table(numbers.getFirst(), rows.getFirst(), lines);
    }

    private static void readCsv(String text, int maxLines, List<List<String>> rows, List<Integer> numbers)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                add(rows, numbers, (int) record.getRecordNumber(), record.toList(), maxLines);
            }
        }
    }

    private static void readWorkbook(byte[] content, int maxLines, List<List<String>> rows, List<Integer> numbers)
            throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false)); Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = sheet.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                add(rows, numbers, row.getRowNum(), cells, maxLines);
            }
        }
    }

    private static void add(List<List<String>> rows, List<Integer> numbers, int number, List<String> cells,
            int maxLines) {
        List<String> stripped = cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
        if (stripped.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (rows.size() > maxLines) {
            throw new UserFacingException("import.file.too-many-lines", maxLines);
        }
        rows.add(stripped);
        numbers.add(number);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "")).find();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** UTF-8 (its BOM dropped) when the bytes are valid UTF-8, else Windows-1252. */
    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The separator of the header line: whichever of ";" and "," it has more of. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }
}
