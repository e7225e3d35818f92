package fr.centressociaux.portail.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's "created at" and "modified at" come from the portal's one Clock, like every
 * business date, not from the machine's time: moving the clock moves them.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class DocumentTimesFollowTheClockTest {

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingService meetings;
    @Autowired
    MovableClock clock;

    @Test
    void created_and_modified_times_are_the_clock_s_even_when_it_is_days_away_from_the_machine() {
        clock.advance(Duration.ofDays(40));
        Instant creation = clock.instant();
        Meeting meeting = fixtures.territoryMeeting(fixtures.newKind().getId(), "LIT62",
                LocalDate.now(clock).minusDays(1));

        clock.advance(Duration.ofDays(2));
        Instant change = clock.instant();
        Meeting changed = fixtures.asAdmin(() -> meetings.saveMinutes(meeting.getId(), meeting.getVersion(),
                "Compte rendu."));

        assertThat(meeting.getCreatedAt()).isEqualTo(creation);
        assertThat(changed.getCreatedAt()).isEqualTo(creation);
        assertThat(changed.getModifiedAt()).isEqualTo(change);
    }
}
