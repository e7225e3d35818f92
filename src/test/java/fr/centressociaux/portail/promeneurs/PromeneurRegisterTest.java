package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.TerritoryMove;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register: employers and territories, duplicates, the status history and labelled periods, bad input. */
@PortalTest
class PromeneurRegisterTest {

    @Autowired
    PromeneurRegister register;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    CentreService centres;
    @Autowired
    AccountFixtures accounts;

    @Test
    void a_professional_takes_the_territory_of_their_centre_or_of_their_structures_commune() {
        var centre = fixtures.centre("AA62");
        Structure college = fixtures.structure(StructureKind.COLLEGE, "LIT62");

        Professional inCentre = fixtures.labelled(PromeneursFixtures.draft("Inès", "Centre", centre.id(), null),
                LocalDate.of(2022, 3, 1));
        Professional inCollege = fixtures.labelledIn(college, LocalDate.of(2022, 3, 1));

        assertThat(inCentre.getEmployer().kind()).isEqualTo(StructureKind.MEMBER_CENTRE);
        assertThat(inCentre.territoryOn(LocalDate.of(2023, 6, 1))).contains(fixtures.territoryId("AA62"));
        assertThat(inCollege.getEmployer().kind()).isEqualTo(StructureKind.COLLEGE);
        assertThat(inCollege.territoryOn(LocalDate.of(2023, 6, 1))).contains(fixtures.territoryId("LIT62"));
        assertThat(inCollege.getDepartment()).isEqualTo(Department.PAS_DE_CALAIS);
    }

    @Test
    void a_commune_that_changed_territory_places_its_structures_professionals_in_the_territory_of_the_day() {
        String commune = "Achicourt-test-" + System.nanoTime();
        Structure mission = fixtures.asCoordinator(() -> {
            fixtures.structures.mapCommune(commune, fixtures.territoryId("ABM62"), LocalDate.of(2015, 1, 1),
                    LocalDate.of(2024, 12, 31));
            fixtures.structures.mapCommune(commune, fixtures.territoryId("ARR62"), LocalDate.of(2025, 1, 1), null);
            return fixtures.structures.create(new StructureDraft("Mission locale " + commune, StructureKind.MISSION_LOCALE,
                    commune, Department.PAS_DE_CALAIS));
        });

        Professional professional = fixtures.labelledIn(mission, LocalDate.of(2023, 1, 10));

        assertThat(professional.territoryOn(LocalDate.of(2024, 12, 31))).contains(fixtures.territoryId("ABM62"));
        assertThat(professional.territoryOn(LocalDate.of(2025, 1, 1))).contains(fixtures.territoryId("ARR62"));
    }

    @Test
    void when_their_centre_moves_or_their_commune_is_mapped_again_the_professionals_follow_at_once() {
        var centre = fixtures.centre("AA62");
        Professional inCentre = fixtures.labelled(PromeneursFixtures.draft("Inès", "Déménage", centre.id(), null),
                LocalDate.of(2022, 3, 1));
        String commune = "Beaurains-test-" + System.nanoTime();
        Professional inCommune = fixtures.asCoordinator(() -> {
            fixtures.structures.mapCommune(commune, fixtures.territoryId("ABM62"), LocalDate.of(2015, 1, 1),
                    LocalDate.of(2024, 12, 31));
            return fixtures.labelledIn(fixtures.structures.create(new StructureDraft("Collège " + commune,
                    StructureKind.COLLEGE, commune, Department.PAS_DE_CALAIS)), LocalDate.of(2023, 1, 10));
        });

        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        centres.moveTerritory(centre.id(), centres.get(centre.id()).getVersion(),
                new TerritoryMove(fixtures.territoryId("LIT62"), LocalDate.of(2024, 1, 1)));
        fixtures.asCoordinator(() -> fixtures.structures.mapCommune(commune, fixtures.territoryId("ARR62"),
                LocalDate.of(2025, 1, 1), null));

        Professional moved = fixtures.asCoordinator(() -> register.get(inCentre.getId()));
        Professional mapped = fixtures.asCoordinator(() -> register.get(inCommune.getId()));
        assertThat(moved.territoryOn(LocalDate.of(2023, 6, 1))).contains(fixtures.territoryId("AA62"));
        assertThat(moved.territoryOn(LocalDate.of(2024, 6, 1))).contains(fixtures.territoryId("LIT62"));
        assertThat(mapped.territoryOn(LocalDate.of(2025, 6, 1))).contains(fixtures.territoryId("ARR62"));
    }

    @Test
    void a_second_record_with_the_same_email_is_refused_with_a_french_message() {
        Structure structure = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Professional first = fixtures.labelledIn(structure, LocalDate.of(2022, 1, 5));
        ProfessionalDraft again = PromeneursFixtures.draft("Autre", "Personne", null, structure.getId());
        ProfessionalDraft sameEmail = new ProfessionalDraft(again.firstName(), again.lastName(),
                first.getEmail().toUpperCase(), null, "Éducatrice", null, structure.getId(), null, null, List.of(),
                null, null, "");

        assertThatThrownBy(() -> fixtures.labelled(sameEmail, LocalDate.of(2022, 2, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("email");
                            assertThat(problem.message()).contains(first.fullName())
                                    .contains("nouvelle période de labellisation");
                        }));
        assertThat(count(first.getEmail())).isEqualTo(1);
    }

    @Test
    void a_namesake_in_the_same_structure_is_flagged_and_can_be_saved_anyway() {
        Structure structure = fixtures.structure(StructureKind.TOWN_YOUTH_SERVICE, "LIT62");
        Professional first = fixtures.labelled(PromeneursFixtures.draft("Léa", "Martin-Dubois", null,
                structure.getId()), LocalDate.of(2022, 1, 5));
        ProfessionalDraft namesake = PromeneursFixtures.draft("Lea", "MARTIN DUBOIS", null, structure.getId());
        StatusChangeDraft candidate = new StatusChangeDraft(ProfessionalStatus.CANDIDATE, LocalDate.of(2023, 1, 1), null);

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> register.register(namesake, candidate, false)))
                .isInstanceOfSatisfying(PossibleDuplicateException.class, warning -> {
                    assertThat(warning.existingId()).isEqualTo(first.getId());
                    assertThat(warning.messageKey()).isEqualTo("promeneurs.duplicate.same-name");
                });
        Professional second = fixtures.asCoordinator(() -> register.register(namesake, candidate, true));
        assertThat(second.getId()).isNotEqualTo(first.getId());
    }

    @Test
    void a_professional_who_left_and_came_back_keeps_one_record_with_a_second_labelled_period() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.PREVENTION, "LIT62"),
                LocalDate.of(2021, 9, 1));
        fixtures.leave(professional, LocalDate.of(2022, 6, 30));
        Professional back = fixtures.change(professional, ProfessionalStatus.LABELLED, LocalDate.of(2023, 3, 1), null);

        assertThat(back.getId()).isEqualTo(professional.getId());
        assertThat(back.labelledPeriods()).containsExactly(
                new LabelledPeriod(1, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 6, 30)),
                new LabelledPeriod(2, LocalDate.of(2023, 3, 1), null));
        assertThat(back.labelDate()).contains(LocalDate.of(2023, 3, 1));
        assertThat(back.isLabelledOn(LocalDate.of(2022, 12, 1))).isFalse();
        assertThat(back.getStatus()).isEqualTo(ProfessionalStatus.LABELLED);
    }

    @Test
    void a_label_date_before_the_leaving_date_a_future_date_or_a_departure_without_reason_are_refused() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2021, 9, 1));
        Professional left = fixtures.leave(professional, LocalDate.of(2022, 6, 30));

        assertThat(problemsOf(() -> fixtures.change(left, ProfessionalStatus.LABELLED, LocalDate.of(2022, 1, 1), null)))
                .containsExactly("on:promeneurs.status.before-last");
        assertThat(problemsOf(() -> fixtures.change(left, ProfessionalStatus.LABELLED,
                register.today().plusDays(1), null))).containsExactly("on:promeneurs.status.in-future");
        Professional back = fixtures.change(left, ProfessionalStatus.LABELLED, LocalDate.of(2023, 1, 1), null);
        assertThat(problemsOf(() -> fixtures.change(back, ProfessionalStatus.LEFT, LocalDate.of(2023, 5, 1), null)))
                .containsExactly("reason:promeneurs.status.reason-required");
        assertThat(fixtures.asCoordinator(() -> register.get(professional.getId())).getStatusHistory()).hasSize(3);
    }

    @Test
    void markup_overlong_text_and_an_unknown_employer_are_refused_next_to_their_fields_and_nothing_is_saved() {
        Structure structure = fixtures.structure(StructureKind.ASSOCIATION, "LIT62");
        ProfessionalDraft valid = PromeneursFixtures.draftIn(structure);
        ProfessionalDraft bad = new ProfessionalDraft("<script>alert(1)</script>", valid.lastName(), valid.email(),
                "12", "x".repeat(10_000), null, null, null, null,
                List.of(new NetworkPresence(null, "@compte")), 11, 25, "");

        assertThat(problemsOf(() -> fixtures.labelled(bad, LocalDate.of(2023, 1, 1)))).containsExactlyInAnyOrder(
                "employer:promeneurs.employer.one-required", "firstName:portal.validation.promeneurs.no-markup",
                "jobTitle:portal.validation.too-long", "networks[0].network:portal.validation.required",
                "phone:portal.validation.centre.phone");
        assertThat(count(valid.email())).isZero();
    }

    @Test
    void the_register_filters_by_text_status_and_territory_a_page_at_a_time() {
        Structure littoral = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Structure artois = fixtures.structure(StructureKind.MISSION_LOCALE, "AA62");
        String name = "Zéphyrin" + System.nanoTime();
        Professional wanted = fixtures.labelled(PromeneursFixtures.draft(name, "Filtre", null, littoral.getId()),
                LocalDate.of(2022, 1, 1));
        fixtures.labelled(PromeneursFixtures.draft(name, "Filtre", null, artois.getId()), LocalDate.of(2022, 1, 1));

        List<Professional> found = fixtures.asCoordinator(() -> register.page(new ProfessionalFilter(
                name.replace("é", "e").toUpperCase(), ProfessionalStatus.LABELLED, fixtures.territoryId("LIT62"), null),
                Pageable.ofSize(10)));

        assertThat(found).extracting(Professional::getId).containsExactly(wanted.getId());
    }

    private long count(String email) {
        return fixtures.asCoordinator(() -> register.count(new ProfessionalFilter(email, null, null, null)));
    }

    private static List<String> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
        }
        throw new AssertionError("accepted");
    }

}
