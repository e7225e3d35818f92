package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Figures that feed the bilan are refused by the service when they cannot be true, whatever the
 * form let through: a French message under the field's name, and nothing stored.
 */
@PortalTest
class PlausibleFiguresTest {

    private static final int NEXT_YEAR = Year.now().getValue() + 1;

    @Autowired
    CentreService service;
    @Autowired
    AccountFixtures people;
    @Autowired
    CentreFixtures fixtures;

    Centre centre;

    @BeforeEach
    void aCentreEditedByTheFederation() {
        AccountFixtures.actAs(people.active(Role.ADMIN));
        centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
    }

    static Stream<Arguments> implausibleFigures() {
        return Stream.of(
                arguments(new YearlyFigures(2204, 10, 8.5, 30), "year",
                        "Indiquez une année entre 2000 et l’année en cours + 5."),
                arguments(new YearlyFigures(1999, 10, 8.5, 30), "year",
                        "Indiquez une année entre 2000 et l’année en cours + 5."),
                arguments(new YearlyFigures(NEXT_YEAR, 10, 8.5, 99_999_999), "volunteers",
                        "Indiquez un nombre entier entre 0 et 5000."),
                arguments(new YearlyFigures(NEXT_YEAR, 1_001, 8.5, 30), "employees",
                        "Indiquez un nombre entier entre 0 et 1000."),
                arguments(new YearlyFigures(NEXT_YEAR, 10, -1.5, 30), "fullTimeEquivalent",
                        "Indiquez un nombre entre 0 et 1000."),
                arguments(new YearlyFigures(NEXT_YEAR, 10, 12.5, 30), "fullTimeEquivalent",
                        "Les ETP ne peuvent pas dépasser le nombre de salariés."));
    }

    @ParameterizedTest
    @MethodSource("implausibleFigures")
    void implausible_figures_are_refused_with_a_french_message_on_their_field(YearlyFigures figures, String field,
            String message) {
        assertRefused(() -> service.putFigures(centre.getId(), centre.getVersion(), figures), field, message);
        assertThat(service.get(centre.getId()).getFigures()).isEmpty();
    }

    @Test
    void plausible_figures_with_a_decimal_full_time_equivalent_are_kept() {
        service.putFigures(centre.getId(), centre.getVersion(), new YearlyFigures(NEXT_YEAR - 1, 10, 8.5, 5_000));

        assertThat(service.get(centre.getId()).getFigures()).containsExactly(
                new YearlyFigures(NEXT_YEAR - 1, 10, 8.5, 5_000));
    }

    @Test
    void an_approval_ends_after_it_starts_and_at_most_five_years_later() {
        String message = "La fin de l’agrément doit venir après son début, 5 ans après au plus.";

        assertRefused(() -> service.changeApproval(centre.getId(), centre.getVersion(),
                Approval.dated(LocalDate.of(2025, 1, 1), LocalDate.of(2999, 12, 31))), "end", message);
        assertRefused(() -> service.changeApproval(centre.getId(), centre.getVersion(),
                Approval.dated(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31))), "end", message);
        assertRefused(() -> service.changeApproval(centre.getId(), centre.getVersion(),
                Approval.dated(LocalDate.of(1925, 1, 1), LocalDate.of(1928, 12, 31))), "start",
                "Indiquez une année entre 2000 et l’année en cours + 5.");
        assertThat(service.get(centre.getId()).getApproval()).isNull();

        Centre approved = service.changeApproval(centre.getId(), centre.getVersion(),
                Approval.dated(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)));
        assertThat(approved.getApproval()).isNotNull();
    }

    @Test
    void renewal_steps_come_in_order_and_a_new_approval_keeps_the_previous_one_in_the_history() {
        LocalDate start = LocalDate.of(2021, 1, 1);
        LocalDate end = LocalDate.of(2024, 12, 31);
        assertRefused(() -> service.changeApproval(centre.getId(), centre.getVersion(), new Approval(
                ApprovalKind.ANIMATION_GLOBALE, start, end, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), null)),
                "coparOn", "Les étapes du renouvellement se suivent : diagnostic, puis COPAR, puis décision.");

        Approval renewing = new Approval(ApprovalKind.ANIMATION_GLOBALE, start, end, LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 1));
        Centre stepped = service.changeApproval(centre.getId(), centre.getVersion(), renewing);
        assertThat(stepped.getApprovalHistory()).as("a change of the same approval is no new one").isEmpty();
        assertThat(stepped.getChanges().getFirst().after()).contains("Centre social — animation globale",
                "décision rendue");

        Approval renewed = new Approval(ApprovalKind.ANIMATION_COLLECTIVE_FAMILLES, end.plusDays(1),
                end.plusYears(4), null, null, null);
        Centre next = service.changeApproval(centre.getId(), stepped.getVersion(), renewed);
        assertThat(next.getApproval()).isEqualTo(renewed);
        assertThat(next.getApprovalHistory()).containsExactly(renewing);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                refused.problems()).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(field, message)));
    }
}
