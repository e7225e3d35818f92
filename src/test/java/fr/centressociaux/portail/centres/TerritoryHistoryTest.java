package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A centre's territory is a dated history: moves cut the current period, the past stays. */
@PortalTest
class TerritoryHistoryTest {

    private static final LocalDate SPLIT = LocalDate.of(2025, 1, 1);

    @Autowired
    CentreService service;

    @Autowired
    CentreFixtures fixtures;
    @Autowired
    AccountFixtures people;

    @BeforeEach
    void signInAsAdmin() {
        AccountFixtures.actAs(people.active(Role.ADMIN));
    }

    @Test
    void a_move_ends_the_current_period_the_day_before_and_keeps_earlier_ones() {
        Centre centre = fixtures.centreIn("ABM62", LocalDate.of(2018, 3, 1));

        Centre moved = service.moveTerritory(centre.getId(), centre.getVersion(), new TerritoryMove(fixtures.territoryId("BM62"), SPLIT));

        assertThat(moved.getTerritoryHistory()).containsExactly(
                new TerritoryPeriod(fixtures.territoryId("ABM62"), LocalDate.of(2018, 3, 1), LocalDate.of(2024, 12, 31)),
                new TerritoryPeriod(fixtures.territoryId("BM62"), SPLIT, null));
    }

    @Test
    void the_territory_on_a_date_is_the_one_of_the_period_covering_it() {
        Centre centre = fixtures.centreIn("ABM62", LocalDate.of(2018, 3, 1));
        service.moveTerritory(centre.getId(), centre.getVersion(), new TerritoryMove(fixtures.territoryId("ARR62"), SPLIT));

        assertThat(service.territoryOn(centre.getId(), LocalDate.of(2018, 2, 28))).isEmpty();
        assertThat(service.territoryOn(centre.getId(), LocalDate.of(2018, 3, 1))).contains(fixtures.territoryId("ABM62"));
        assertThat(service.territoryOn(centre.getId(), LocalDate.of(2024, 12, 31))).contains(fixtures.territoryId("ABM62"));
        assertThat(service.territoryOn(centre.getId(), SPLIT)).contains(fixtures.territoryId("ARR62"));
        assertThat(service.territoryOn(centre.getId(), LocalDate.of(2030, 1, 1))).contains(fixtures.territoryId("ARR62"));
    }

    @Test
    void the_centres_of_a_territory_on_a_date_follow_each_centre_history() {
        Centre moving = fixtures.centreIn("ABM62", LocalDate.of(2019, 1, 1));
        Centre staying = fixtures.centreIn("LIT62", LocalDate.of(2019, 1, 1));
        service.moveTerritory(moving.getId(), moving.getVersion(), new TerritoryMove(fixtures.territoryId("BM62"), SPLIT));

        assertThat(service.centresInTerritoryOn(fixtures.territoryId("ABM62"), LocalDate.of(2024, 6, 1)))
                .extracting(Centre::getId).contains(moving.getId()).doesNotContain(staying.getId());
        assertThat(service.centresInTerritoryOn(fixtures.territoryId("ABM62"), LocalDate.of(2025, 6, 1)))
                .extracting(Centre::getId).doesNotContain(moving.getId());
        assertThat(service.centresInTerritoryOn(fixtures.territoryId("BM62"), LocalDate.of(2025, 6, 1)))
                .extracting(Centre::getId).contains(moving.getId());
        assertThat(service.centresInTerritoryOn(fixtures.territoryId("BM62"), LocalDate.of(2024, 12, 31)))
                .extracting(Centre::getId).doesNotContain(moving.getId());
    }

    @Test
    void history_is_not_rewritten_by_a_move_dated_before_the_current_period() {
        Centre centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));

        assertThatThrownBy(() -> service.moveTerritory(centre.getId(), centre.getVersion(), new TerritoryMove(fixtures.territoryId("AA62"), LocalDate.of(2020, 1, 1))))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("centre.territory.move-before-current");
        assertThat(service.get(centre.getId()).getTerritoryHistory()).hasSize(1);
    }

    @Test
    void a_centre_cannot_move_into_a_territory_that_does_not_exist_on_that_date() {
        Centre centre = fixtures.centreIn("ABM62", LocalDate.of(2020, 1, 1));

        assertThatThrownBy(() -> service.moveTerritory(centre.getId(), centre.getVersion(),
                new TerritoryMove(fixtures.territoryId("ARR62"), LocalDate.of(2024, 6, 1))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldProblem.class))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("territoryId", "centre.territory.not-valid-on"));
    }

    @Test
    void a_move_without_a_territory_or_date_is_refused_field_by_field_by_the_draft_s_constraints() {
        Centre centre = fixtures.centreIn("ABM62", LocalDate.of(2020, 1, 1));

        assertThatThrownBy(() -> service.moveTerritory(centre.getId(), centre.getVersion(), new TerritoryMove(null, null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldProblem.class))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("from", "Ce champ est obligatoire."), tuple("territoryId", "Ce champ est obligatoire."));
        assertThat(service.get(centre.getId()).getTerritoryHistory()).hasSize(1);
    }

    @Test
    void a_move_is_recorded_in_the_change_history() {
        Centre centre = fixtures.centreIn("ABM62", LocalDate.of(2020, 1, 1));

        Centre moved = service.moveTerritory(centre.getId(), centre.getVersion(), new TerritoryMove(fixtures.territoryId("BM62"), SPLIT));

        assertThat(moved.getChanges().getFirst().field()).isEqualTo("centre.field.territory");
        assertThat(moved.getChanges().getFirst().before()).isEqualTo("Arrageois et Bassin-Minier");
        assertThat(moved.getChanges().getFirst().after()).contains("Bassin-Minier", "01/01/2025");
    }

    @Test
    void only_admins_move_centres_between_territories() {
        Centre centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
        AccountFixtures.actAs(people.active(Role.DELEGATE,
                new AccountScope(Set.of(fixtures.territoryId("LIT62")), null)));

        assertThatThrownBy(() -> service.moveTerritory(centre.getId(), centre.getVersion(), new TerritoryMove(fixtures.territoryId("AA62"), LocalDate.of(2026, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void directors_and_the_funder_cannot_list_a_territory_s_centres_nor_look_up_another_centre() {
        Centre centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
        Centre own = fixtures.centreIn("AA62", LocalDate.of(2020, 1, 1));
        AccountFixtures.actAs(people.active(Role.DIRECTOR, new AccountScope(Set.of(), own.getId())));

        assertThatThrownBy(() -> service.centresInTerritoryOn(fixtures.territoryId("LIT62"), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.territoryOn(centre.getId(), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.territoryOn(own.getId(), LocalDate.of(2024, 1, 1))).contains(fixtures.territoryId("AA62"));

        AccountFixtures.actAs(people.active(Role.FUNDER));
        assertThatThrownBy(() -> service.centresInTerritoryOn(fixtures.territoryId("LIT62"), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
