package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.CampaignDraft;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings of a year whose memberships are not all confirmed: before the campaign a meeting of next
 * year would invite nobody and the service says why; once it is open, members and centres "à
 * renouveler" are invited, and a centre marked not renewed is not.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
// A campaign concerns every centre of the database: it runs where MembershipCampaignTest runs.
@TestPropertySource(properties = "portal.test.database-of=membership-campaign")
class NextYearInvitationsTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MembershipCampaigns campaigns;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;

    @Autowired
    MeetingFixtures fixtures;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void a_meeting_of_a_year_nobody_is_member_of_yet_would_invite_nobody_and_the_reason_names_the_campaign() {
        int farYear = MeetingFixtures.today(clock).getYear() + 3;
        LocalDate day = LocalDate.of(farYear, 3, 12);

        InvitationReach reach = meetings.reach(MeetingScope.territory(fixtures.territoryId("LIT62")), day);

        assertThat(reach.reachesNobody()).isTrue();
        assertThat(reach.whyNobodyKey()).isEqualTo("meeting.reach.no-membership-year");
        assertThat(reach.arguments()).containsExactly(String.valueOf(farYear));
    }

    @Test
    void a_territory_without_members_on_the_date_is_named_as_the_reason() {
        int thisYear = MeetingFixtures.today(clock).getYear();
        fixtures.centre("LIT62", thisYear);
        LocalDate day = LocalDate.of(thisYear, 6, 1);

        InvitationReach reach = meetings.reach(MeetingScope.territory(fixtures.territoryId("CAMB")), day);

        assertThat(reach.reachesNobody()).isTrue();
        assertThat(reach.whyNobodyKey()).isEqualTo("meeting.reach.no-member-in-scope");
    }

    @Test
    void once_the_campaign_is_open_next_years_meetings_invite_members_and_centres_to_renew_but_not_those_who_left() {
        int thisYear = MeetingFixtures.today(clock).getYear();
        int nextYear = thisYear + 1;
        Centre confirmed = fixtures.centre("LIT62", thisYear);
        Centre toRenew = fixtures.centre("LIT62", thisYear);
        Centre notRenewed = fixtures.centre("LIT62", new MembershipYear(thisYear, MembershipStatus.MEMBER,
                LocalDate.of(thisYear, 1, 1), null, null), new MembershipYear(nextYear, MembershipStatus.NOT_RENEWED,
                null, null, "Fermeture du centre"));
        LocalDate day = LocalDate.of(nextYear, 2, 5);
        MeetingScope littoral = MeetingScope.territory(fixtures.territoryId("LIT62"));
        campaigns.open(new CampaignDraft(nextYear, MeetingFixtures.today(clock).plusDays(20)));
        campaigns.confirm(confirmed.getId(), nextYear);

        assertThat(meetings.reach(littoral, day).centres()).isGreaterThanOrEqualTo(2);
        Meeting meeting = meetings.create(MeetingFixtures.draft(kind, littoral, day), false);

        assertThat(meeting.getInvitedCentreIds()).contains(confirmed.getId(), toRenew.getId())
                .doesNotContain(notRenewed.getId());
        assertThat(List.of(confirmed, toRenew)).allSatisfy(centre ->
                assertThat(meeting.invited(centre.getId())).isPresent());
    }
}
