package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.CentreActors.Actor;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of person against every operation of next year's membership campaign on a centre of
 * Littoral 62, through the service: who may open it, confirm, confirm in bulk, follow it and decide
 * for the centres without an answer. A refusal leaves the centre's membership as it was.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
// A campaign concerns every centre of the database: see MembershipCampaignTest.
@TestPropertySource(properties = "portal.test.database-of=membership-campaign")
class MembershipCampaignPermissionMatrixTest {

    enum Operation { OPEN, CONFIRM, CONFIRM_IN_BULK, FOLLOW, DECIDE_NOT_RENEWED }

    private static final Set<Actor> STAFF_OF_THE_CENTRE = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY);

    /** Who may do what: the rule DD012 promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case OPEN -> Set.of(Actor.ADMIN);
            case CONFIRM -> Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY, Actor.ITS_DIRECTOR);
            case CONFIRM_IN_BULK, FOLLOW, DECIDE_NOT_RENEWED -> STAFF_OF_THE_CENTRE;
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, MembershipCampaignPermissionMatrixTest::allowed);
    }

    private static final CentreActors ACTORS = new CentreActors();

    @Autowired
    MembershipCampaigns campaigns;
    @Autowired
    CentreService centres;
    @Autowired
    CentreFixtures fixtures;
    @Autowired
    AccountFixtures people;
    @Autowired
    MovableClock clock;

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation, boolean allowed) {
        int nextYear = LocalDate.now(clock).getYear() + 1;
        Centre centre = fixtures.create(CentreFixtures.profile("Centre social"), "LIT62",
                CentreFixtures.member(nextYear - 1));
        Centre otherCentre = fixtures.centreIn("AA62", LocalDate.of(2020, 1, 1));
        ACTORS.actAs(Actor.ADMIN, centre, otherCentre, people, fixtures);
        campaigns.open(new CampaignDraft(nextYear, LocalDate.now(clock).plusDays(30)));
        ACTORS.actAs(actor, centre, otherCentre, people, fixtures);

        if (allowed && operation == Operation.DECIDE_NOT_RENEWED) {
            assertThatThrownBy(() -> perform(operation, centre, nextYear)).as("allowed, but not before the closing date")
                    .isInstanceOf(UserFacingException.class).hasMessageStartingWith("campaign.not-closed-yet");
        } else if (allowed) {
            perform(operation, centre, nextYear);
            if (operation == Operation.FOLLOW) {
                assertThat(undecided(nextYear)).contains(centre.getId());
            }
        } else if (operation == Operation.FOLLOW && actor == Actor.DELEGATE_OF_ANOTHER) {
            assertThat(undecided(nextYear)).as("%s follows a centre they may not see", actor)
                    .doesNotContain(centre.getId());
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, centre, nextYear));
            ACTORS.actAs(Actor.ADMIN, centre, otherCentre, people, fixtures);
            assertThat(centres.get(centre.getId()).membership(nextYear).orElseThrow().status())
                    .isEqualTo(MembershipStatus.TO_RENEW);
        }
    }

    /** Deciding is refused before the closing date whoever asks, but the rights are checked first. */
    private void perform(Operation operation, Centre centre, int year) {
        switch (operation) {
            case OPEN -> campaigns.open(new CampaignDraft(year, LocalDate.now(clock).plusDays(30)));
            case CONFIRM -> campaigns.confirm(centre.getId(), year);
            case CONFIRM_IN_BULK -> campaigns.confirmAll(List.of(centre.getId()), year);
            case FOLLOW -> campaigns.progress(year);
            case DECIDE_NOT_RENEWED -> campaigns.markNotRenewed(List.of(centre.getId()), year, "Pas de réponse");
        }
    }

    private List<String> undecided(int year) {
        return campaigns.undecided(year, Pageable.ofSize(1000)).stream().map(Centre::getId).toList();
    }
}
