package fr.centressociaux.portail.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.meetings.CheckInDesk;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.SessionStatus;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On New Year's Eve at 23:30 UTC it is already 00:30 on New Year's Day in Paris: every module takes
 * "today" from the one clock, in the federation's zone, so they all turn the page at French
 * midnight, whatever the server's zone. The portal starts at 23:00 in Paris (22:00 UTC) and the
 * test moves it past midnight.
 */
@PortalTest
@Import(MidnightTest.NewYearsEve.class)
class MidnightTest {

    static final LocalDate NEW_YEARS_EVE = LocalDate.of(2025, 12, 31);
    static final LocalDate NEW_YEARS_DAY = LocalDate.of(2026, 1, 1);

    @TestConfiguration(proxyBeanMethods = false)
    static class NewYearsEve {

        @Bean
        @Primary
        MovableClock newYearsEveClock() {
            return new MovableClock(Instant.parse("2025-12-31T22:00:00Z"), FrenchDates.ZONE);
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingTerms terms;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    CentreService centres;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;

    @BeforeEach
    void signInAsAdmin() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void at_half_past_midnight_in_paris_every_module_has_turned_to_new_year_s_day() {
        MeetingFixtures meetingFixtures = new MeetingFixtures(centreFixtures, territories, terms, meetings, people,
                accounts);
        Meeting newYearMeeting = meetingFixtures.meeting(meetingFixtures.newKind().getId(), MeetingScope.network(),
                NEW_YEARS_DAY);
        String checkInToken = token(checkIn.link(newYearMeeting.getId()));
        TrainingSession deadlineTonight = sessionWithDeadline(NEW_YEARS_EVE);
        Centre centre = centreFixtures.create(CentreFixtures.profile("Centre social Minuit", "62100", "Calais"),
                "LIT62", CentreFixtures.member(2025));
        MembershipYear yearAfterNext = CentreFixtures.member(2027);

        assertThat(checkIn.desk(checkInToken).status()).isEqualTo(CheckInDesk.Status.NOT_TODAY);
        assertThat(sessions.get(deadlineTonight.getId()).status()).isEqualTo(SessionStatus.OPEN);
        assertThatThrownBy(() -> centres.putMembership(centre.getId(), centre.getVersion(), yearAfterNext))
                .isInstanceOf(UserFacingException.class);

        clock.advance(Duration.ofMinutes(90));

        assertThat(LocalDate.now(clock)).isEqualTo(NEW_YEARS_DAY);
        assertThat(checkIn.desk(checkInToken).status()).isEqualTo(CheckInDesk.Status.OPEN);
        assertThat(sessions.get(deadlineTonight.getId()).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(centres.putMembership(centre.getId(), centre.getVersion(), yearAfterNext).membership(2027))
                .isPresent();
    }

    private TrainingSession sessionWithDeadline(LocalDate deadline) {
        Training training = catalogue.create(new TrainingDraft(2026, "Formation de janvier", TrainingFamily.METIERS,
                TrainingAudience.BOTH, List.of(Job.DIRECTION), Duration.ofHours(7), "Objectifs", "Programme",
                "Camille Formatrice", null));
        catalogue.publish(training.getId(), training.getVersion(), true);
        return sessions.schedule(training.getId(), new SessionDraft(List.of(new SessionDraft.Day(
                deadline.plusDays(12), LocalTime.of(9, 0), LocalTime.of(16, 0), "Salle des fêtes")), null, 12,
                deadline));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
