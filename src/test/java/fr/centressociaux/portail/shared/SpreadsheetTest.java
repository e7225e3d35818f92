package fr.centressociaux.portail.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every export of the portal is written by {@link Spreadsheet}: what a spreadsheet program finds in one. */
class SpreadsheetTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 5);

    @TempDir
    Path tempDir;

    private final byte[] workbook = Spreadsheet.bytes("Une feuille au nom bien trop long pour Excel", sheet -> sheet
            .title("Bilan 2024")
            .header(List.of("Formation", "Date", "Stagiaires", "Heures", "Montant", "Part"), 40, 12)
            .row(List.of("Accueil", DAY, 12, Spreadsheet.hours(Duration.ofMinutes(870)),
                    Spreadsheet.euros(new BigDecimal("1250.50")), Spreadsheet.percent(0.8)))
            .row(Arrays.asList("Animation", null, 3, Spreadsheet.hours(Duration.ofHours(7)), null, null))
            .total(List.of("Total", "", 15))
            .note("Une personne compte une fois."));

    @Test
    void numbers_dates_hours_and_amounts_are_typed_cells_that_add_up() throws IOException {
        Map<Integer, Row> rows = rows();

        Row first = rows.get(3);
        assertThat(first.getCellText(0)).isEqualTo("Accueil");
        assertThat(first.getCellAsDate(1).orElseThrow().toLocalDate()).isEqualTo(DAY);
        assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("12");
        assertThat(first.getCellAsNumber(3).orElseThrow()).as("14 h 30 as hours").isEqualByComparingTo("14.5");
        assertThat(first.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("1250.50");
        assertThat(first.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("0.8");
        assertThat(rows.get(4).getOptionalCell(1).map(cell -> cell.getType()).orElse(CellType.EMPTY))
                .as("no date, no cell").isEqualTo(CellType.EMPTY);
        assertThat(rows.get(5).getCellText(0)).isEqualTo("Total");
        assertThat(rows.get(7).getCellText(0)).isEqualTo("Une personne compte une fois.");
    }

    @Test
    void the_title_and_header_come_first_and_the_sheet_name_is_cut_to_what_excel_accepts() throws IOException {
        Map<Integer, Row> rows = rows();

        assertThat(rows.get(0).getCellText(0)).isEqualTo("Bilan 2024");
        assertThat(rows.get(2).getCellText(0)).isEqualTo("Formation");
        assertThat(rows.get(2).getCellText(5)).isEqualTo("Part");
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getFirstSheet().getName()).hasSize(31);
        }
    }

    @Test
    void the_header_stays_in_view_carries_the_filter_and_the_columns_have_widths() throws IOException {
        String sheetXml = entry("xl/worksheets/sheet1.xml");

        assertThat(sheetXml).contains("<pane xSplit=\"1\" ySplit=\"3\"", "state=\"frozen\"");
        assertThat(sheetXml).as("the filter covers the header and the rows, not the total")
                .contains("<autoFilter ref=\"A3:F5\"");
        assertThat(sheetXml).contains("<col min=\"1\" max=\"1\" width=\"40", "<col min=\"2\" max=\"2\" width=\"12");
    }

    /** The rows by their index from 0, empty lines included (the reader skips them). */
    private Map<Integer, Row> rows() throws IOException {
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return read.getFirstSheet().read().stream().collect(Collectors.toMap(row -> row.getRowNum() - 1,
                    Function.identity()));
        }
    }

    private String entry(String name) throws IOException {
        Path file = Files.createTempFile(tempDir, "sheet", ".xlsx");
        Files.write(file, workbook);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
