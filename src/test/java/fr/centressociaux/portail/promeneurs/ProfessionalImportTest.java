package fr.centressociaux.portail.promeneurs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An existing directory from a file: a preview with every row's problems, then all or nothing. */
@PortalTest
class ProfessionalImportTest {

    private static final String HEADER = "Prénom;Nom;Courriel;Fonction;Employeur;Date du label\n";

    @Autowired
    ProfessionalImport imports;
    @Autowired
    PromeneurRegister register;
    @Autowired
    PromeneursFixtures fixtures;

    @Test
    void a_file_with_bad_rows_lists_each_with_its_line_number_and_saves_nothing() {
        Structure mission = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        String good = "lina." + System.nanoTime() + "@example.org";
        byte[] file = csv(HEADER
                + "Lina;Import;" + good + ";Conseillère;" + mission.getName() + ";12/03/2021\n"
                + "Marc;Inconnu;pas-un-courriel;Animateur;Structure qui n’existe pas;01/02/2020\n"
                + "Sami;Futur;sami." + System.nanoTime() + "@example.org;Éducateur;" + mission.getName() + ";01/01/2999\n"
                + "Lina;Encore;" + good + ";Conseillère;" + mission.getName() + ";12/03/2021\n"
                + "Zoé;<script>;zoe." + System.nanoTime() + "@example.org;Animatrice;" + mission.getName() + ";le 3 mars\n");

        ProfessionalImportPreview preview = fixtures.asCoordinator(() -> imports.preview(file));

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.rows()).extracting(ProfessionalImportPreview.Row::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(fields(preview.rows().get(1))).contains("email", "employer");
        assertThat(fields(preview.rows().get(2))).containsExactly("on");
        assertThat(fields(preview.rows().get(3))).containsExactly("email");
        assertThat(fields(preview.rows().get(4))).contains("lastName", "on");
        assertThat(preview.rows()).flatExtracting(ProfessionalImportPreview.Row::problems)
                .allSatisfy(problem -> assertThat(problem.message()).isNotBlank().doesNotContain("{"));
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> imports.apply(file)))
                .isInstanceOf(UserFacingException.class);
        assertThat(fixtures.asCoordinator(() -> register.page(new ProfessionalFilter(good, null, null, null),
                org.springframework.data.domain.Pageable.ofSize(5)))).as("nothing saved").isEmpty();
    }

    @Test
    void a_clean_file_registers_everyone_as_labelled_from_their_date_and_a_second_time_flags_them_all() {
        Structure college = fixtures.structure(StructureKind.COLLEGE, "AA62");
        String first = "noa." + System.nanoTime() + "@example.org";
        byte[] file = csv(HEADER
                + "Noa;Annuaire;" + first + ";Assistante d’éducation;" + college.getName() + ";2022-09-01\n"
                + "Eli;Annuaire;eli." + System.nanoTime() + "@example.org;CPE;" + college.getName() + " ("
                + college.getCommune() + ");15/01/2023\n");

        int registered = fixtures.asCoordinator(() -> imports.apply(file));
        ProfessionalImportPreview again = fixtures.asCoordinator(() -> imports.preview(file));

        assertThat(registered).isEqualTo(2);
        Professional noa = fixtures.asCoordinator(() -> register.page(new ProfessionalFilter(first, null, null, null),
                org.springframework.data.domain.Pageable.ofSize(5)).getFirst());
        assertThat(noa.getStatus()).isEqualTo(ProfessionalStatus.LABELLED);
        assertThat(noa.labelDate()).contains(LocalDate.of(2022, 9, 1));
        assertThat(noa.getEmployer().structureId()).isEqualTo(college.getId());
        assertThat(again.rows()).as("known already: same e-mail, namesake at the same employer")
                .allSatisfy(row -> assertThat(fields(row)).contains("email", "lastName"));
    }

    private static java.util.List<String> fields(ProfessionalImportPreview.Row row) {
        return row.problems().stream().map(FieldProblem::field).toList();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
