package fr.centressociaux.portail.followup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/** A delegate's worklist, on a clock the tests move forward. */
@PortalTest
@Import(MovableClockConfiguration.class)
class FollowupAlertsTest {

    @Autowired
    FollowupAlerts alerts;
    @Autowired
    MovableClock clock;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    FollowupFixtures fixtures;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    Inbox inbox;

    Centre centre;
    Account delegate;
    LocalDate today;

    @BeforeEach
    void aCentreOfTheDelegatesTerritory() {
        today = LocalDate.now(clock);
        // A member next year too: the clock moves on by weeks and may cross the new year. Joined today,
        // so it is not yet a member long enough for the six-month participation rule.
        centre = fixtures.centre("LIT62", "62100", "Calais",
                new MembershipYear(today.getYear(), MembershipStatus.MEMBER, today, null, null),
                member(today.getYear() + 1));
        delegate = fixtures.delegateOf("LIT62");
    }

    @Test
    void an_agrement_ending_within_a_year_is_flagged_until_a_renewal_support_is_open() {
        centreFixtures.approveAndCount(centre, Approval.dated(today.minusYears(3), today.plusMonths(6)));

        assertThat(kindsOfTheCentre()).containsExactly(Alert.Kind.APPROVAL_ENDING);

        fixtures.record(centre, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, today));
        assertThat(kindsOfTheCentre()).isEmpty();
    }

    @Test
    void an_open_difficulty_with_nothing_recorded_for_sixty_days_is_flagged() {
        fixtures.record(centre, FollowupFixtures.confidential(SupportKind.DIFFICULTY, today));
        assertThat(kindsOfTheCentre()).isEmpty();

        clock.advance(Duration.ofDays(FollowupAlerts.IDLE_DAYS + 1));

        assertThat(kindsOfTheCentre()).containsExactly(Alert.Kind.DIFFICULTY_IDLE);
    }

    @Test
    void a_next_step_past_its_due_date_is_flagged_and_a_closed_action_is_not() {
        SupportDraft started = SupportDraft.starting(SupportKind.INDIVIDUAL, today);
        fixtures.record(centre, new SupportDraft(started.kind(), null, null, null, today, null, "", "", Set.of(), "",
                "", "Rappeler la direction", today.plusDays(1), SupportStatus.OPEN, "", false));
        fixtures.record(centre, new SupportDraft(started.kind(), null, null, null, today, today, "", "", Set.of(), "",
                "", "Déjà fait", today.plusDays(1), SupportStatus.CLOSED, "Fait", false));

        clock.advance(Duration.ofDays(2));

        assertThat(kindsOfTheCentre()).containsExactly(Alert.Kind.NEXT_STEP_OVERDUE);
    }

    @Test
    void a_delegate_of_another_territory_is_not_told_about_the_centre() {
        fixtures.record(centre, FollowupFixtures.confidential(SupportKind.DIFFICULTY, today));
        clock.advance(Duration.ofDays(FollowupAlerts.IDLE_DAYS + 1));
        AccountFixtures.actAs(fixtures.delegateOf("AA62"));

        assertThat(alerts.worklist()).extracting(Alert::centreId).doesNotContain(centre.getId());
    }

    @Test
    void a_long_standing_member_with_nobody_at_a_meeting_for_six_months_is_flagged_until_someone_goes() {
        Centre quiet = fixtures.centre("LIT62", "62100", "Calais", member(today.getYear() - 1),
                member(today.getYear()), member(today.getYear() + 1));
        assertThat(kindsOf(quiet)).containsExactly(Alert.Kind.NO_PARTICIPATION);

        MeetingTerm kind = meetings.newKind();
        Meeting lately = meetings.territoryMeeting(kind.getId(), "LIT62", today.minusDays(3));
        meetings.present(lately, quiet, ParticipantKind.EMPLOYEE);

        assertThat(kindsOf(quiet)).isEmpty();
    }

    @Test
    void each_delegate_gets_the_worklist_of_their_territories_once_a_week_however_often_the_digest_runs() {
        fixtures.record(centre, FollowupFixtures.confidential(SupportKind.DIFFICULTY, today));
        clock.advance(Duration.ofDays(FollowupAlerts.IDLE_DAYS + 1));
        Account elsewhere = fixtures.delegateOf("AA62");

        digest.send();
        digest.send();

        Inbox.Mail mail = inbox.theMailTo(delegate.getEmail());
        assertThat(mail.text()).contains(centre.getProfile().name(), "/centres/" + centre.getId() + "/suivi");
        assertThat(inbox.mailsTo(elsewhere.getEmail())).noneMatch(other -> other.text()
                .contains(centre.getProfile().name()));

        clock.advance(Duration.ofDays(7));
        digest.send();
        assertThat(inbox.mailsTo(delegate.getEmail())).as("a new week, a new digest").hasSize(2);
    }

    private List<Alert.Kind> kindsOfTheCentre() {
        return kindsOf(centre);
    }

    private List<Alert.Kind> kindsOf(Centre which) {
        AccountFixtures.actAs(delegate);
        try {
            return alerts.worklist().stream().filter(alert -> alert.centreId().equals(which.getId()))
                    .map(Alert::kind).toList();
        } finally {
            AccountFixtures.actAsNobody();
        }
    }
}
