package fr.centressociaux.portail.centres;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreExport.Format;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory's exports: what the filters select, as the caller may see it, in the import
 * format's columns, readable back from both files. Each test names its centres with a word of
 * its own and filters on it, so tests sharing the database do not see each other's centres.
 */
@PortalTest
class CentreExportTest {

    private static final List<String> IMPORT_COLUMNS = List.of("nom", "type", "gestion", "adresse", "code_postal",
            "commune", "departement", "epci", "territoire", "siret", "courriel", "telephone", "site_web",
            "agrement_debut", "agrement_fin", "salaries", "etp", "benevoles", "direction_nom", "direction_courriel",
            "presidence_nom", "presidence_courriel");

    @Autowired
    CentreExport export;
    @Autowired
    CentreService centreService;
    @Autowired
    TerritoryService territories;
    @Autowired
    Clock clock;

    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    String word;
    int year;

    @BeforeEach
    void setUp() {
        word = "Mot" + UUID.randomUUID().toString().substring(0, 8);
        year = LocalDate.now(clock).getYear();
    }

    @Test
    void an_export_holds_exactly_the_centres_the_filters_select_in_both_formats() {
        centres.create(CentreFixtures.profile("Centre social Les Oyats " + word, "62100", "Calais"), "LIT62",
                member(year));
        centres.create(CentreFixtures.municipalEvs("Espace de vie sociale Le Phare " + word, "62200",
                "Boulogne-sur-Mer"), "LIT62", member(year));
        centres.create(CentreFixtures.profile("Centre social Le Beffroi " + word, "59400", "Cambrai"), "CAMB",
                member(year));
        centres.create(CentreFixtures.profile("Centre social La Dune " + word, "62600", "Berck"), "LIT62",
                new MembershipYear(year, MembershipStatus.NOT_RENEWED, null, LocalDate.of(year, 3, 31), "Fusion"));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        CentreFilter pasDeCalaisMembers = new CentreFilter(null, Department.PAS_DE_CALAIS, null, null, year,
                MembershipStatus.MEMBER, word);

        List<String> expected = List.of("Centre social Les Oyats " + word, "Espace de vie sociale Le Phare " + word);
        assertThat(names(xlsx(pasDeCalaisMembers))).isEqualTo(expected);
        assertThat(names(csv(pasDeCalaisMembers))).isEqualTo(expected);
        assertThat(centreService.count(pasDeCalaisMembers)).isEqualTo(2);
    }

    @Test
    void both_files_have_the_import_formats_french_headers_then_the_years_membership() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        CentreFilter filter = filterOnWord();
        List<String> expected = new ArrayList<>(IMPORT_COLUMNS);
        expected.add("adhesion_" + year);

        assertThat(xlsx(filter).getFirst()).isEqualTo(expected);
        assertThat(csv(filter).getFirst()).isEqualTo(expected);
    }

    @Test
    void the_csv_opens_in_french_excel_utf8_with_semicolons_and_carries_every_field() throws IOException {
        Centre centre = centres.create(CentreFixtures.profile("Centre social Éclaté " + word, "62100", "Calais"),
                "LIT62", new RoleHolder("Nadia Directrice", "nadia@example.org", null), member(year));
        centres.approveAndCount(centre, Approval.dated(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)),
                new YearlyFigures(year - 1, 20, 15.5, 40), new YearlyFigures(year, 28, 23.4, 57));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        byte[] file = bytes(filterOnWord(), Format.CSV);
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFFnom;type;gestion;adresse;");

        List<String> row = csv(filterOnWord()).get(1);
        assertThat(row).containsExactly("Centre social Éclaté " + word, "CS", "ASSOCIATIVE", "12 rue de la République",
                "62100", "Calais", "62", "Communauté d’agglomération", "LIT62", centre.getProfile().siret(),
                "contact@62100.example.org", "03 21 00 00 00", "https://centre.example.org", "2024-01-01",
                "2027-12-31", "28", "23.4", "57", "Nadia Directrice", "nadia@example.org", "", "", "Adhérent");
    }

    @Test
    void the_xlsx_keeps_dates_and_figures_as_such_and_codes_as_text() throws IOException {
        Centre centre = centres.create(CentreFixtures.profile("Centre social Les Terrils " + word, "62300", "Lens"),
                "AA62");
        centres.approveAndCount(centre, Approval.dated(LocalDate.of(2023, 7, 1), LocalDate.of(2027, 6, 30)),
                new YearlyFigures(year, 37, 24.7, 35));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                bytes(filterOnWord(), Format.XLSX)))) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCellAsDate(IMPORT_COLUMNS.indexOf("agrement_debut")).orElseThrow().toLocalDate())
                    .isEqualTo(LocalDate.of(2023, 7, 1));
            assertThat(row.getCellAsNumber(IMPORT_COLUMNS.indexOf("etp")).orElseThrow())
                    .isEqualByComparingTo(new BigDecimal("24.7"));
            assertThat(row.getCell(IMPORT_COLUMNS.indexOf("code_postal")).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCellText(IMPORT_COLUMNS.indexOf("code_postal"))).isEqualTo("62300");
            assertThat(row.getCellText(IMPORT_COLUMNS.indexOf("territoire"))).isEqualTo("AA62");
            assertThat(row.getOptionalCell(IMPORT_COLUMNS.size()).map(cell -> cell.getText()).orElse(""))
                    .as("no membership this year").isEmpty();
        }
    }

    @Test
    void a_directors_export_holds_only_their_centre() {
        Centre own = centres.create(CentreFixtures.profile("Centre social Le Moulin " + word, "62400", "Béthune"),
                "AA62", member(year));
        centres.create(CentreFixtures.profile("Centre social La Fontaine " + word, "62400", "Béthune"), "AA62",
                member(year));
        AccountFixtures.actAs(accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), own.getId())));

        assertThat(names(xlsx(filterOnWord()))).containsExactly("Centre social Le Moulin " + word);
        assertThat(names(csv(filterOnWord()))).containsExactly("Centre social Le Moulin " + word);
    }

    @Test
    void a_delegates_export_holds_only_the_centres_of_their_territories() {
        centres.create(CentreFixtures.profile("Centre social Les Cerisiers " + word, "59400", "Cambrai"), "CAMB");
        centres.create(CentreFixtures.profile("Centre social Les Tilleuls " + word, "59500", "Douai"), "DOU");
        String cambresis = territories.byCode("CAMB").orElseThrow().getId();
        AccountFixtures.actAs(accounts.active(Role.DELEGATE, new AccountScope(Set.of(cambresis), null)));

        assertThat(names(csv(filterOnWord()))).containsExactly("Centre social Les Cerisiers " + word);
    }

    @Test
    void the_funder_cannot_export_the_directory() {
        AccountFixtures.actAs(accounts.active(Role.FUNDER));

        assertThatThrownBy(() -> bytes(filterOnWord(), Format.CSV)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_cannot_export_the_directory() {
        AccountFixtures.actAsNobody();

        assertThatThrownBy(() -> bytes(filterOnWord(), Format.XLSX))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_long_directory_is_exported_whole_page_after_page_each_centre_once() {
        int howMany = CentreExport.PAGE_SIZE + 3;
        for (int i = 0; i < howMany; i++) {
            // Same name and commune for all: the order must still be stable from one page to the next.
            centres.create(CentreFixtures.profile("Centre social Jumeau " + word, "62100", "Calais"), "LIT62");
        }
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        List<List<String>> rows = csv(filterOnWord());
        assertThat(rows).hasSize(howMany + 1);
        List<String> sirets = rows.stream().skip(1).map(row -> row.get(IMPORT_COLUMNS.indexOf("siret"))).toList();
        assertThat(Set.copyOf(sirets)).hasSize(howMany);
        assertThat(xlsx(filterOnWord())).hasSize(howMany + 1);
    }

    @Test
    void a_name_that_looks_like_a_formula_is_not_run_by_a_spreadsheet() {
        centres.create(CentreFixtures.profile("=HYPERLINK(\"http://evil.example\") " + word, "62100", "Calais"),
                "LIT62");
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        assertThat(names(csv(filterOnWord()))).containsExactly("'=HYPERLINK(\"http://evil.example\") " + word);
        assertThat(names(xlsx(filterOnWord()))).containsExactly("=HYPERLINK(\"http://evil.example\") " + word);
    }

    // --- Reading the files back ---

    private CentreFilter filterOnWord() {
        return new CentreFilter(null, null, null, null, year, null, word);
    }

    private byte[] bytes(CentreFilter filter, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.write(filter, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Every row as text, headers first. */
    private List<List<String>> xlsx(CentreFilter filter) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes(filter, Format.XLSX)))) {
            return workbook.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record as text, headers first, read as a French spreadsheet would. */
    private List<List<String>> csv(CentreFilter filter) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes(filter, Format.CSV)),
                StandardCharsets.UTF_8)) {
            int bom = reader.read();
            assertThat(bom).isEqualTo('\uFEFF');
            return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(reader).stream()
                    .map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(List<List<String>> rows) {
        return rows.stream().skip(1).map(List::getFirst).toList();
    }
}
