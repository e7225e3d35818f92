package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.promeneurs.PromeneursFixtures.CentreWithDirector;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of person against every operation of the public part of the Promeneurs du Net module
 * (consent to the public directory, resources, satisfaction questionnaires), through the services.
 * "Its" professional works in a member centre of Littoral 62. A refused change leaves the consent
 * and the resources as they were.
 */
@PortalTest
class PromeneursPublicPermissionMatrixTest {

    enum Actor { ADMIN, PDN_COORDINATOR, DELEGATE_OF_ITS_TERRITORY, ITS_DIRECTOR, ANOTHER_DIRECTOR, FUNDER,
        ANOTHER_PROMENEUR, ANONYMOUS }

    enum Operation { READ_ITS_CONSENT, RECORD_ITS_CONSENT, WITHDRAW_ITS_CONSENT, READ_RESOURCES, PUBLISH_RESOURCE,
        WITHDRAW_RESOURCE, SEND_QUESTIONNAIRES, READ_SATISFACTION }

    private static final Set<Actor> NETWORK = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR);
    private static final Set<Actor> ITS_EDITORS = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.ITS_DIRECTOR);

    /** Who may do what: the rule the portal promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case READ_ITS_CONSENT -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.DELEGATE_OF_ITS_TERRITORY,
                    Actor.ITS_DIRECTOR);
            case RECORD_ITS_CONSENT, WITHDRAW_ITS_CONSENT -> ITS_EDITORS;
            case READ_RESOURCES -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.ITS_DIRECTOR,
                    Actor.ANOTHER_DIRECTOR, Actor.ANOTHER_PROMENEUR);
            case PUBLISH_RESOURCE, WITHDRAW_RESOURCE, SEND_QUESTIONNAIRES, READ_SATISFACTION -> NETWORK;
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, PromeneursPublicPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static World world;

    @Autowired
    PublicDirectory directory;
    @Autowired
    PromeneurResources resources;
    @Autowired
    SatisfactionSurveys surveys;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PromeneursFixtures fixtures;

    record World(CentreWithDirector its, CentreWithDirector other, PdnMeeting event) {
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation,
            boolean allowed) {
        World w = world();
        Professional its = fixtures.labelled(PromeneursFixtures.draft(actor.name(), operation.name(), w.its().id(), null),
                LocalDate.of(2021, 1, 4));
        fixtures.asCoordinator(() -> directory.recordConsent(its.getId(),
                new ConsentDraft(EnumSet.of(PublicField.NAME), LocalDate.of(2024, 1, 2))));
        PdnResource resource = fixtures.asCoordinator(() -> resources.publish(new ResourceDraft("Ressource",
                "", "https://example.org/r", Department.PAS_DE_CALAIS), null, null));
        long resourcesBefore = fixtures.asCoordinator(resources::count);
        actAs(actor, w);

        if (allowed) {
            assertThatCode(() -> perform(operation, w, its, resource)).doesNotThrowAnyException();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, w, its, resource));
            DirectoryConsent after = fixtures.asCoordinator(() -> directory.consentOf(its.getId())).orElseThrow();
            assertThat(after.getHistory()).as("consent unchanged").hasSize(1);
            assertThat(fixtures.asCoordinator(resources::count)).as("resources unchanged").isEqualTo(resourcesBefore);
        }
        AccountFixtures.actAsNobody();
    }

    private void perform(Operation operation, World w, Professional its, PdnResource resource) {
        switch (operation) {
            case READ_ITS_CONSENT -> directory.consentOf(its.getId());
            case RECORD_ITS_CONSENT -> directory.recordConsent(its.getId(),
                    new ConsentDraft(EnumSet.allOf(PublicField.class), LocalDate.of(2024, 2, 1)));
            case WITHDRAW_ITS_CONSENT -> directory.withdrawConsent(its.getId());
            case READ_RESOURCES -> resources.page(Pageable.ofSize(10));
            case PUBLISH_RESOURCE -> resources.publish(new ResourceDraft("Autre", "", "https://example.org/a",
                    Department.PAS_DE_CALAIS), null, null);
            case WITHDRAW_RESOURCE -> resources.withdraw(resource.getId());
            case SEND_QUESTIONNAIRES -> surveys.inviteNow(w.event().id());
            case READ_SATISFACTION -> surveys.byEvent(List.of(w.event().id()));
        }
    }

    private World world() {
        if (world == null) {
            CentreWithDirector its = fixtures.centre("LIT62");
            CentreWithDirector other = fixtures.centre("AA62");
            world = new World(its, other, fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2024, 5, 10)));
        }
        return world;
    }

    private void actAs(Actor actor, World w) {
        Account account = switch (actor) {
            case ANONYMOUS -> null;
            case ITS_DIRECTOR -> w.its().director();
            case ANOTHER_DIRECTOR -> w.other().director();
            default -> ACCOUNTS.computeIfAbsent(actor, key -> switch (key) {
                case ADMIN -> accounts.active(Role.ADMIN);
                case PDN_COORDINATOR -> accounts.active(Role.PDN_COORDINATOR);
                case DELEGATE_OF_ITS_TERRITORY -> accounts.active(Role.DELEGATE,
                        new AccountScope(Set.of(fixtures.territoryId("LIT62")), null));
                case FUNDER -> accounts.active(Role.FUNDER);
                // A professional's own account, not the one whose consent is at stake.
                case ANOTHER_PROMENEUR -> accounts.active(Role.PROMENEUR);
                default -> throw new IllegalStateException(key.name());
            });
        };
        AccountFixtures.actAsOrNobody(account);
    }
}
