package fr.centressociaux.portail.meetings;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting recorded after the fact: scheduling it mails no invitation even when asked, and people
 * marked present once it has ended get no arrival time (the time of typing is not when they came).
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingAfterTheFactTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    Inbox inbox;

    @Autowired
    MeetingFixtures fixtures;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void scheduling_a_meeting_dated_in_the_past_mails_no_invitation_even_when_asked() {
        LocalDate lastMonth = MeetingFixtures.today(clock).minusDays(30);
        Centre invited = fixtures.centre("LIT62", lastMonth.getYear());

        Meeting meeting = meetings.create(MeetingFixtures.draft(kind,
                MeetingScope.territory(fixtures.territoryId("LIT62")), lastMonth), true);

        assertThat(meeting.getInvitedCentreIds()).as("still invited, for the counts").contains(invited.getId());
        assertThat(inbox.mailsTo(invited.getDirector().email())).isEmpty();
    }

    @Test
    void people_marked_present_after_the_meeting_ended_get_no_arrival_time_and_those_during_it_do() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(3);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant onTime = fixtures.register(meeting, centre, "Anaïs", "Morel", ParticipantKind.EMPLOYEE);
        Participant typedLater = fixtures.register(meeting, centre, "Bruno", "Roux", ParticipantKind.VOLUNTEER);

        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.START).plusMinutes(5));
        Participant arrived = people.markPresence(meeting.getId(), onTime.getId(), Presence.PRESENT);
        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.END).plusHours(2));
        Participant backFilled = people.markPresence(meeting.getId(), typedLater.getId(), Presence.PRESENT);
        Participant walkIn = people.addWalkIn(meeting.getId(), new WalkInDraft(
                new PersonDraft("Chloé", "Petit", ParticipantKind.INHABITANT), centre.getId(), ""));

        assertThat(arrived.getCheckedInAt()).isEqualTo(day.atTime(MeetingFixtures.START).plusMinutes(5)
                .atZone(FrenchDates.ZONE).toInstant());
        assertThat(backFilled.getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(backFilled.getCheckedInAt()).isNull();
        assertThat(walkIn.getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(walkIn.getCheckedInAt()).isNull();
        assertThat(fixtures.counts(meeting).participants()).as("they count all the same").isEqualTo(3);
    }
}
