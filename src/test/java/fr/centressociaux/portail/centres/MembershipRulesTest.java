package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.support.PortalTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A membership year is refused when its dates or reason do not make sense; nothing is saved. */
@PortalTest
class MembershipRulesTest {

    @Autowired
    CentreService service;

    @Autowired
    AccountFixtures people;
    @Autowired
    CentreFixtures fixtures;

    Centre centre;

    @BeforeEach
    void aCentreAndAnAdmin() {
        AccountFixtures.actAs(people.active(Role.ADMIN));
        centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
    }

    @Test
    void a_departure_before_the_membership_began_is_refused() {
        MembershipYear backwards = new MembershipYear(2024, MembershipStatus.NOT_RENEWED, LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 3, 1), "Fin de l’adhésion");

        assertThatThrownBy(() -> service.putMembership(centre.getId(), centre.getVersion(), backwards))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldProblem.class))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("leftOn", "La date de départ ne peut pas précéder la date d’adhésion."));
        assertThat(service.get(centre.getId()).membership(2024)).isEmpty();
    }

    @Test
    void leaving_without_a_reason_is_refused_and_with_one_it_is_kept() {
        MembershipYear noReason = new MembershipYear(2024, MembershipStatus.NOT_RENEWED, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 6, 30), " ");
        assertThatThrownBy(() -> service.putMembership(centre.getId(), centre.getVersion(), noReason))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldProblem.class))
                .extracting(FieldProblem::field).containsExactly("reason");

        MembershipYear left = new MembershipYear(2024, MembershipStatus.NOT_RENEWED, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 6, 30), "Décision de la ville");
        service.putMembership(centre.getId(), centre.getVersion(), left);

        assertThat(service.get(centre.getId()).membership(2024)).contains(left);
    }
}
