package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.centres.CentreActors.Actor;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of person against every operation on a centre of Littoral 62, through the service:
 * the rules hold whatever the screens show. A second centre in Artois-Audomarois is the "other"
 * centre of the director and the territory of the other delegate.
 */
@PortalTest
class CentrePermissionMatrixTest {

    enum Operation { VIEW, FIND_IN_DIRECTORY, EDIT_PROFILE, EDIT_FIGURES, EDIT_APPROVAL, EDIT_MEMBERSHIP,
        MOVE_TERRITORY }

    private static final Set<Actor> READERS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY, Actor.ITS_DIRECTOR,
            Actor.PDN_COORDINATOR);
    private static final Set<Actor> PROFILE_EDITORS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.ITS_DIRECTOR);
    private static final Set<Actor> FEDERATION_EDITORS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY);

    /** Who may do what: the rule the portal promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case VIEW, FIND_IN_DIRECTORY -> READERS;
            case EDIT_PROFILE, EDIT_FIGURES -> PROFILE_EDITORS;
            case EDIT_APPROVAL, EDIT_MEMBERSHIP -> FEDERATION_EDITORS;
            case MOVE_TERRITORY -> Set.of(Actor.ADMIN);
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, CentrePermissionMatrixTest::allowed);
    }

    private static final CentreActors ACTORS = new CentreActors();

    @Autowired
    CentreService service;
    @Autowired
    CentreFixtures fixtures;
    @Autowired
    AccountFixtures people;

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation, boolean allowed) {
        Centre centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
        Centre otherCentre = fixtures.centreIn("AA62", LocalDate.of(2020, 1, 1));
        ACTORS.actAs(actor, centre, otherCentre, people, fixtures);

        if (allowed) {
            assertThatCode(() -> perform(operation, centre, fixtures)).doesNotThrowAnyException();
            if (operation == Operation.FIND_IN_DIRECTORY) {
                assertThat(found(centre)).isTrue();
            }
        } else if (operation == Operation.FIND_IN_DIRECTORY && actor != Actor.FUNDER && actor != Actor.ANONYMOUS) {
            assertThat(found(centre)).as("%s finds a centre they may not see", actor).isFalse();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, centre, fixtures));
        }
    }

    private void perform(Operation operation, Centre centre, CentreFixtures fixtures) {
        String id = centre.getId();
        long version = centre.getVersion();
        switch (operation) {
            case VIEW -> service.get(id);
            case FIND_IN_DIRECTORY -> found(centre);
            case EDIT_PROFILE -> service.updateProfile(id, version, CentreFixtures.profile("Renommé"), null, null);
            case EDIT_FIGURES -> service.putFigures(id, version, new YearlyFigures(2025, 20, 15.5, 40));
            case EDIT_APPROVAL -> service.changeApproval(id, version,
                    Approval.dated(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)));
            case EDIT_MEMBERSHIP -> service.putMembership(id, version,
                    new MembershipYear(2025, MembershipStatus.MEMBER, LocalDate.of(2025, 1, 1), null, null));
            case MOVE_TERRITORY -> service.moveTerritory(id, version, new TerritoryMove(fixtures.territoryId("AA62"),
                    LocalDate.of(2026, 1, 1)));
        }
    }

    private boolean found(Centre centre) {
        CentreFilter byName = new CentreFilter(null, null, null, null, 2025, null, centre.getProfile().name());
        return service.page(byName, Pageable.ofSize(50)).stream().anyMatch(row -> row.getId().equals(centre.getId()));
    }

    @Test
    void an_editor_cannot_link_a_role_holder_to_an_account_of_their_choosing() {
        Centre centre = fixtures.centreIn("LIT62", LocalDate.of(2020, 1, 1));
        Account director = people.active(Role.DIRECTOR,
                new AccountScope(Set.of(), centre.getId()));
        AccountFixtures.actAs(director);

        Centre saved = service.updateProfile(centre.getId(), centre.getVersion(), centre.getProfile(),
                new RoleHolder("Nouvelle Directrice", "nouvelle@example.org", "someone-elses-account-id"),
                new RoleHolder("Président", "president@example.org", director.getId()));

        assertThat(saved.getDirector().accountId()).isNull();
        assertThat(saved.getChair().accountId()).isNull();
    }
}
