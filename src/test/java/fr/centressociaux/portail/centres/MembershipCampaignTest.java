package fr.centressociaux.portail.centres;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The membership campaign of next year on a test clock: opening it marks this year's members "à
 * renouveler", opening it again changes nothing, directors confirm their own centre only and until
 * the closing date, staff confirm in bulk, and after the closing date the centres that did not
 * answer are listed for the federation to decide.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
// A campaign concerns every centre of the database: a context (and database) of its own keeps
// other tests' centres out of it and it out of their invitations.
@TestPropertySource(properties = "portal.test.database-of=membership-campaign")
class MembershipCampaignTest {

    @Autowired
    MembershipCampaigns campaigns;
    @Autowired
    CentreService centres;
    @Autowired
    CentreFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;

    Account admin;
    LocalDate today;
    int thisYear;
    int nextYear;

    @BeforeEach
    void setUp() {
        admin = accounts.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
        today = LocalDate.now(clock);
        thisYear = today.getYear();
        nextYear = thisYear + 1;
    }

    @Test
    void opening_next_years_campaign_marks_every_member_of_this_year_to_renew_and_no_one_else() {
        Centre member = memberOfThisYear("LIT62");
        Centre left = fixtures.create(CentreFixtures.profile("Parti"), "LIT62", new MembershipYear(thisYear,
                MembershipStatus.MEMBER, LocalDate.of(thisYear, 1, 1), today.minusDays(1), "Fermeture"));
        Centre notRenewed = fixtures.create(CentreFixtures.profile("Non renouvelé"), "LIT62",
                new MembershipYear(thisYear, MembershipStatus.NOT_RENEWED, null, null, "Pas de réponse"));
        Centre lastYearOnly = fixtures.create(CentreFixtures.profile("Ancien"), "LIT62",
                CentreFixtures.member(thisYear - 1));

        int marked = campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));

        assertThat(marked).isGreaterThanOrEqualTo(1);
        MembershipYear renewal = centres.get(member.getId()).membership(nextYear).orElseThrow();
        assertThat(renewal.status()).isEqualTo(MembershipStatus.TO_RENEW);
        assertThat(renewal.since()).as("a member since long ago stays so").isEqualTo(LocalDate.of(thisYear, 1, 1));
        assertThat(List.of(left, notRenewed, lastYearOnly)).allSatisfy(other ->
                assertThat(centres.get(other.getId()).membership(nextYear)).isEmpty());
        assertThat(centres.get(member.getId()).getChanges().getFirst()).satisfies(change -> {
            assertThat(change.field()).isEqualTo("centre.field.membership");
            assertThat(change.after()).isEqualTo(nextYear + " : À renouveler");
            assertThat(change.actor()).isEqualTo(admin.getEmail());
        });
        assertThat(campaigns.campaign(nextYear).orElseThrow().getClosesOn()).isEqualTo(today.plusDays(30));
    }

    @Test
    void opening_the_campaign_again_changes_no_centre_and_only_moves_the_closing_date() {
        Centre member = memberOfThisYear("LIT62");
        campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));
        long version = centres.get(member.getId()).getVersion();

        int markedAgain = campaigns.open(new CampaignDraft(nextYear, today.plusDays(40)));

        assertThat(markedAgain).isZero();
        assertThat(centres.get(member.getId()).getVersion()).isEqualTo(version);
        assertThat(campaigns.campaign(nextYear).orElseThrow().getClosesOn()).isEqualTo(today.plusDays(40));
    }

    @Test
    void a_confirmed_centre_is_not_put_back_to_renew_by_opening_the_campaign_again() {
        Centre member = memberOfThisYear("LIT62");
        campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));
        campaigns.confirm(member.getId(), nextYear);

        campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));

        assertThat(status(member)).isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void a_director_confirms_their_own_centre_once_and_never_another() {
        Centre own = memberOfThisYear("LIT62");
        Centre another = memberOfThisYear("LIT62");
        campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));
        AccountFixtures.actAs(directorOf(own));

        campaigns.confirm(own.getId(), nextYear);
        long version = centres.find(own.getId()).orElseThrow().getVersion();
        campaigns.confirm(own.getId(), nextYear);

        assertThat(status(own)).isEqualTo(MembershipStatus.MEMBER);
        assertThat(centres.find(own.getId()).orElseThrow().getVersion()).as("confirming twice writes once")
                .isEqualTo(version);
        assertThatThrownBy(() -> campaigns.confirm(another.getId(), nextYear))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(another)).isEqualTo(MembershipStatus.TO_RENEW);
        assertThat(campaigns.myRenewal()).hasValueSatisfying(renewal -> {
            assertThat(renewal.centreId()).isEqualTo(own.getId());
            assertThat(renewal.status()).isEqualTo(MembershipStatus.MEMBER);
        });
    }

    @Test
    void staff_confirm_in_bulk_and_a_delegate_only_for_the_centres_of_their_territories() {
        Centre first = memberOfThisYear("LIT62");
        Centre second = memberOfThisYear("LIT62");
        Centre elsewhere = memberOfThisYear("AA62");
        campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));

        AccountFixtures.actAs(accounts.active(Role.DELEGATE,
                new AccountScope(Set.of(fixtures.territoryId("LIT62")), null)));
        assertThatThrownBy(() -> campaigns.confirmAll(List.of(first.getId(), elsewhere.getId()), nextYear))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(first)).as("refused as a whole: nothing changed").isEqualTo(MembershipStatus.TO_RENEW);

        int confirmed = campaigns.confirmAll(List.of(first.getId(), second.getId()), nextYear);

        assertThat(confirmed).isEqualTo(2);
        assertThat(List.of(first, second)).allSatisfy(centre ->
                assertThat(status(centre)).isEqualTo(MembershipStatus.MEMBER));
        assertThat(status(elsewhere)).isEqualTo(MembershipStatus.TO_RENEW);
    }

    @Test
    void after_the_closing_date_directors_cannot_confirm_and_staff_decide_for_the_centres_that_did_not_answer() {
        Centre renewedAnyway = memberOfThisYear("LIT62");
        Centre silent = memberOfThisYear("LIT62");
        campaigns.open(new CampaignDraft(nextYear, LocalDate.now(clock)));
        assertThatThrownBy(() -> campaigns.markNotRenewed(List.of(silent.getId()), nextYear, "Pas de réponse"))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("campaign.not-closed-yet");

        clock.advance(Duration.ofDays(1));

        AccountFixtures.actAs(directorOf(silent));
        assertThatThrownBy(() -> campaigns.confirm(silent.getId(), nextYear))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("campaign.closed-for-directors");
        assertThat(campaigns.myRenewal()).hasValueSatisfying(renewal -> assertThat(renewal.canConfirm()).isFalse());
        AccountFixtures.actAs(admin);
        assertThat(undecidedIds()).contains(renewedAnyway.getId(), silent.getId());
        assertThatThrownBy(() -> campaigns.markNotRenewed(List.of(silent.getId()), nextYear, " "))
                .isInstanceOf(InvalidInputException.class);

        campaigns.confirmAll(List.of(renewedAnyway.getId()), nextYear);
        campaigns.markNotRenewed(List.of(silent.getId()), nextYear, "Pas de réponse malgré les relances");

        assertThat(status(renewedAnyway)).isEqualTo(MembershipStatus.MEMBER);
        assertThat(centres.get(silent.getId()).membership(nextYear).orElseThrow()).satisfies(row -> {
            assertThat(row.status()).isEqualTo(MembershipStatus.NOT_RENEWED);
            assertThat(row.reason()).isEqualTo("Pas de réponse malgré les relances");
        });
        assertThat(undecidedIds()).doesNotContain(renewedAnyway.getId(), silent.getId());
        assertThat(centres.get(silent.getId()).isInvitableOn(LocalDate.of(nextYear, 3, 1))).isFalse();
    }

    @Test
    void a_centre_to_renew_is_invited_to_next_years_meetings_and_a_member_of_last_year_only_is_not() {
        Centre member = memberOfThisYear("LIT62");
        LocalDate march = LocalDate.of(nextYear, 3, 1);
        assertThat(centres.get(member.getId()).isInvitableOn(march)).as("before the campaign").isFalse();

        campaigns.open(new CampaignDraft(nextYear, today.plusDays(30)));

        assertThat(centres.get(member.getId()).isInvitableOn(march)).isTrue();
        assertThat(centres.membersInTerritoriesOn(List.of(fixtures.territoryId("LIT62")), march))
                .extracting(Centre::getId).contains(member.getId());
    }

    @Test
    void the_service_refuses_a_year_other_than_this_one_or_the_next_and_a_closing_date_already_past() {
        assertThatThrownBy(() -> campaigns.open(new CampaignDraft(thisYear + 2, today.plusDays(3))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactly("year:campaign.year.invalid"));
        assertThatThrownBy(() -> campaigns.open(new CampaignDraft(nextYear, today.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactly("closesOn:campaign.closes-on.past"));
        assertThatThrownBy(() -> campaigns.open(new CampaignDraft(null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .hasSize(2));
    }

    private Centre memberOfThisYear(String territoryCode) {
        return fixtures.create(CentreFixtures.profile("Centre social"), territoryCode, CentreFixtures.member(thisYear));
    }

    private Account directorOf(Centre centre) {
        return accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
    }

    private MembershipStatus status(Centre centre) {
        return centres.find(centre.getId()).orElseThrow().membership(nextYear).orElseThrow().status();
    }

    private List<String> undecidedIds() {
        return campaigns.undecided(nextYear, Pageable.ofSize(500)).stream().map(Centre::getId).toList();
    }
}
