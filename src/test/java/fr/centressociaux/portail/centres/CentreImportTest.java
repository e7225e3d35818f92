package fr.centressociaux.portail.centres;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static fr.centressociaux.portail.centres.CentreSheet.centre;
import static fr.centressociaux.portail.centres.CentreSheet.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

@PortalTest
class CentreImportTest {

    @Autowired
    CentreImport imports;
    @Autowired
    CentreExport export;
    @Autowired
    CentreRepository centres;
    @Autowired
    TerritoryService territories;
    @Autowired
    Texts texts;
    @Autowired
    Clock clock;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    PasswordEncoder encoder;

    AccountFixtures accounts;
    Account admin;
    int figuresYear;

    @BeforeEach
    void signInAnAdmin() {
        accounts = new AccountFixtures(accountRepository, encoder);
        admin = accounts.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
        figuresYear = LocalDate.now(clock).getYear() - 1;
    }

    @AfterEach
    void signOut() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void a_file_with_errors_gets_every_error_with_its_line_column_and_french_reason_and_nothing_is_written() {
        Map<String, String> valid = centre(uniqueName("Centre social Valide"));
        CentreSheet sheet = new CentreSheet(withExtraColumn("remarques"))
                .row(with(centre(uniqueName("Centre social Clé fausse")), "siret", CentreSheet.wrongSiret()))
                .row(with(centre(uniqueName("Centre social Territoire inconnu")), "territoire", "LIT99"))
                .row(with(centre(uniqueName("Centre social Code court")), "code_postal", "6210"))
                .row(with(centre(""), "nom", ""))
                .row(valid)
                .row(valid);
        long before = centres.count();

        ImportPreview preview = preview("erreurs.csv", sheet.csv());

        assertThat(preview.errors()).containsExactlyInAnyOrder(
                new ImportError(1, "remarques", texts.get("import.file.unknown-column",
                        String.join(", ", CentreColumn.headers()))),
                new ImportError(2, "siret", "Ce SIRET n’est pas valide : il doit comporter 14 chiffres et sa clé de contrôle doit être juste."),
                new ImportError(3, "territoire", texts.get("import.rule.territory-unknown", "LIT99",
                        String.join(", ", territoryCodesValidToday()))),
                new ImportError(4, "code_postal", "Le code postal doit comporter 5 chiffres."),
                new ImportError(5, "nom", "Ce champ est obligatoire."),
                new ImportError(7, "siret", texts.get("import.rule.duplicate", 6)),
                new ImportError(7, "nom", texts.get("import.rule.duplicate", 6)));
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(preview.rowsInError()).isEqualTo(5);
        assertThat(preview.canApply()).isFalse();
        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOf(UserFacingException.class)
                .extracting(refusal -> ((UserFacingException) refusal).messageKey()).isEqualTo("import.has-errors");
        assertThat(centres.count()).isEqualTo(before);
    }

    @Test
    void a_good_file_creates_its_centres_with_everything_the_file_says() {
        Map<String, String> calais = centre(uniqueName("Centre social du Fort"));
        Map<String, String> evs = with(with(with(with(centre(uniqueName("EVS des Dunes")), "type", "EVS"),
                "gestion", "Municipale"), "siret", ""), "code_postal", "59123");
        evs.putAll(Map.of("commune", "Zuydcoote", "departement", "59", "territoire", "flm", "agrement_debut",
                "2025-03-01", "agrement_fin", "2029-02-28"));
        CentreSheet sheet = CentreSheet.withAllColumns().row(calais).row(evs);

        ImportPreview preview = preview("centres.csv", sheet.csv());
        ImportResult result = imports.apply(preview);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::action).containsOnly(ImportAction.CREATE);
        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        Centre fort = only(calais);
        assertThat(fort.getProfile()).isEqualTo(new CentreProfile(calais.get("nom"), CentreKind.CS,
                Management.ASSOCIATIVE, "12 rue de la Paix", "62100", "Calais", "CA Grand Calais Terres et Mers",
                calais.get("courriel"), "03 21 00 00 01", "https://centre.example.org", calais.get("siret")));
        assertThat(fort.territoryOn(LocalDate.now(clock))).contains(territory("LIT62").getId());
        assertThat(fort.getApproval()).isEqualTo(Approval.dated(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(fort.getFigures()).containsExactly(new YearlyFigures(figuresYear, 28, 23.4, 57));
        assertThat(fort.getDirector()).isEqualTo(new RoleHolder("Alix Directrice", calais.get("direction_courriel"),
                null));
        assertThat(fort.getChair()).isEqualTo(new RoleHolder("Bruno Président", null, null));
        assertThat(fort.membership(LocalDate.now(clock).getYear())).map(MembershipYear::status)
                .contains(MembershipStatus.MEMBER);
        assertThat(fort.getChanges()).extracting(CentreChange::field, CentreChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("centre.field.created", admin.getEmail()));
        Centre dunes = only(evs);
        assertThat(dunes.getProfile().kind()).isEqualTo(CentreKind.EVS);
        assertThat(dunes.getProfile().management()).isEqualTo(Management.MUNICIPALE);
        assertThat(dunes.territoryOn(LocalDate.now(clock))).contains(territory("FLM").getId());
        assertThat(dunes.getApproval()).isEqualTo(Approval.dated(LocalDate.of(2025, 3, 1), LocalDate.of(2029, 2, 28)));
    }

    @Test
    void importing_the_same_file_again_finds_every_row_unchanged_and_creates_no_duplicate() {
        CentreSheet sheet = CentreSheet.withAllColumns().row(centre(uniqueName("Centre social Matisse")))
                .row(with(centre(uniqueName("Centre social sans SIRET")), "gestion", "MUNICIPALE"))
                .row(departed(centre(uniqueName("Centre social du Départ"))));
        imports.apply(preview("centres.csv", sheet.csv()));
        long afterFirstImport = centres.count();

        ImportPreview again = preview("centres.csv", sheet.csv());
        ImportResult result = imports.apply(again);

        assertThat(again.errors()).isEmpty();
        assertThat(again.rows()).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
        assertThat(again.canApply()).as("nothing to import").isFalse();
        assertThat(result).isEqualTo(new ImportResult(0, 0, 3));
        assertThat(centres.count()).isEqualTo(afterFirstImport);
        sheet.rows().forEach(row -> assertThat(only(row).getChanges()).hasSize(1));
    }

    @Test
    void a_modified_file_updates_the_centre_and_records_each_changed_field_in_its_history() {
        Map<String, String> row = centre(uniqueName("Centre social Nautilus"));
        Map<String, String> other = centre(uniqueName("Centre social Carnot"));
        imports.apply(preview("centres.csv", CentreSheet.withAllColumns().row(row).row(other).csv()));
        Map<String, String> modified = with(with(with(row, "telephone", "03.21.99.88.77"), "territoire", "AA62"),
                "presidence_nom", "Chloé Présidente");

        ImportPreview preview = preview("centres.csv", CentreSheet.withAllColumns().row(modified).row(other).csv());
        ImportResult result = imports.apply(preview);

        assertThat(preview.rows()).extracting(ImportRow::action)
                .containsExactly(ImportAction.UPDATE, ImportAction.UNCHANGED);
        assertThat(preview.rows().getFirst().changes()).containsExactlyInAnyOrder(texts.get("centre.field.phone"),
                texts.get("centre.field.chair"), texts.get("centre.field.territory"));
        assertThat(result).isEqualTo(new ImportResult(0, 1, 1));
        Centre updated = only(modified);
        assertThat(updated.getProfile().phone()).isEqualTo("03 21 99 88 77");
        assertThat(updated.territoryOn(LocalDate.now(clock))).contains(territory("AA62").getId());
        assertThat(updated.territoryOn(LocalDate.now(clock).minusDays(1))).contains(territory("LIT62").getId());
        assertThat(updated.getChanges()).filteredOn(change -> !change.field().equals("centre.field.created"))
                .extracting(CentreChange::field, CentreChange::before, CentreChange::actor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("centre.field.phone", "03 21 00 00 01", admin.getEmail()),
                        org.assertj.core.groups.Tuple.tuple("centre.field.chair", "Bruno Président", admin.getEmail()),
                        org.assertj.core.groups.Tuple.tuple("centre.field.territory", "Littoral 62", admin.getEmail()));
        assertThat(only(other).getChanges()).hasSize(1);
    }

    @Test
    void the_same_data_as_an_excel_workbook_imports_as_the_csv_would() {
        CentreSheet sheet = CentreSheet.withAllColumns().row(centre(uniqueName("Centre social Excel")))
                .row(with(centre(uniqueName("Centre social Classeur")), "etp", "12.5"));

        ImportPreview workbook = preview("centres.xlsx", sheet.xlsx());
        imports.apply(workbook);
        ImportPreview csvAfterwards = preview("centres.csv", sheet.csv());

        assertThat(workbook.errors()).isEmpty();
        assertThat(workbook.rows()).extracting(ImportRow::action).containsOnly(ImportAction.CREATE);
        assertThat(csvAfterwards.errors()).isEmpty();
        assertThat(csvAfterwards.rows()).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
        assertThat(only(sheet.rows().getFirst()).getApproval())
                .isEqualTo(Approval.dated(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(only(sheet.rows().get(1)).getFigures()).containsExactly(new YearlyFigures(figuresYear, 28, 12.5, 57));
    }

    @ParameterizedTest
    @EnumSource(CentreExport.Format.class)
    void a_directory_export_imports_back_with_every_row_unchanged(CentreExport.Format format) throws Exception {
        String family = uniqueName("Centre social Aller-retour");
        CentreSheet sheet = CentreSheet.withAllColumns().row(centre(family + " A"))
                .row(with(with(centre(family + " B"), "gestion", "MUNICIPALE"), "siret", ""));
        imports.apply(preview("centres.csv", sheet.csv()));
        java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
        export.write(new CentreFilter(null, null, null, null, LocalDate.now(clock).getYear(), null, family), format,
                exported);

        ImportPreview again = preview("annuaire." + format.name().toLowerCase(), exported.toByteArray());

        assertThat(again.errors()).isEmpty();
        assertThat(again.rows()).hasSize(2).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
    }

    @Test
    void a_comma_separated_file_with_a_byte_order_mark_reads_like_a_semicolon_one() {
        CentreSheet sheet = CentreSheet.withAllColumns().row(centre(uniqueName("Centre social Virgule")));

        ImportPreview commas = preview("centres.csv", sheet.csv(",", true));

        assertThat(commas.errors()).isEmpty();
        assertThat(commas.rows()).extracting(ImportRow::name, ImportRow::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sheet.rows().getFirst().get("nom"),
                        ImportAction.CREATE));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_a_french_reason() {
        byte[] huge = new byte[CentreImport.MAX_BYTES + 1];

        ImportPreview preview = preview("enorme.csv", huge);

        assertThat(preview.errors()).containsExactly(new ImportError(0, null,
                texts.get("import.file.too-big", CentreImport.MAX_BYTES / (1024 * 1024))));
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void apply_reads_the_file_again_and_refuses_a_preview_the_directory_has_moved_past() {
        CentreSheet sheet = CentreSheet.withAllColumns().row(centre(uniqueName("Centre social Deux fois")));
        ImportPreview first = preview("centres.csv", sheet.csv());
        imports.apply(first);
        long count = centres.count();

        assertThatThrownBy(() -> imports.apply(first)).isInstanceOf(UserFacingException.class)
                .extracting(refusal -> ((UserFacingException) refusal).messageKey()).isEqualTo("import.stale");
        assertThat(centres.count()).isEqualTo(count);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_admins_may_preview_or_import(Role role) {
        byte[] file = CentreSheet.withAllColumns().row(centre(uniqueName("Centre social Interdit"))).csv();
        ImportPreview preview = preview("centres.csv", file);
        AccountFixtures.actAs(accounts.active(role));

        assertThrows(AccessDeniedException.class, () -> preview("centres.csv", file));
        assertThrows(AccessDeniedException.class, () -> imports.apply(preview));
        AccountFixtures.actAsNobody();
        assertThrows(AuthenticationCredentialsNotFoundException.class, () -> imports.apply(preview));
    }

    private ImportPreview preview(String fileName, byte[] content) {
        return imports.preview(fileName, new ByteArrayInputStream(content), figuresYear);
    }

    private Centre only(Map<String, String> row) {
        List<Centre> found = centres.findByNameAndCommuneKeys(SearchKeys.of(row.get("nom")),
                SearchKeys.of(row.get("commune")));
        assertThat(found).as("centres named %s", row.get("nom")).hasSize(1);
        return found.getFirst();
    }

    private Territory territory(String code) {
        return territories.byCode(code).orElseThrow();
    }

    private List<String> territoryCodesValidToday() {
        return territories.validOn(LocalDate.now(clock)).stream().map(Territory::getCode).sorted().toList();
    }

    private static List<String> withExtraColumn(String header) {
        List<String> headers = new java.util.ArrayList<>(CentreColumn.headers());
        headers.add(header);
        return headers;
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new java.util.LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    private static Map<String, String> departed(Map<String, String> row) {
        Map<String, String> changed = new java.util.LinkedHashMap<>(row);
        changed.put("adhesion_fin", "30/06/2024");
        changed.put("motif_depart", "Décision de la ville");
        return changed;
    }
}
