package fr.centressociaux.portail.meetings;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.DefaultYear;
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
 * The year the meeting list opens on, for the person signed in: a director of a new centre sees only
 * the meetings their centre is invited to, so what they see is what this test made.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingListYearTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;

    @Autowired
    MeetingFixtures fixtures;
    String kind;
    int thisYear;

    @BeforeEach
    void setUp() {
        kind = fixtures.newKind().getId();
        thisYear = MeetingFixtures.today(clock).getYear();
    }

    @Test
    void with_meetings_only_last_year_the_list_opens_on_last_year_and_says_this_year_is_empty() {
        Centre centre = fixtures.centre("FLM", thisYear - 2, thisYear - 1, thisYear);
        fixtures.territoryMeeting(kind, "FLM", LocalDate.of(thisYear - 2, 3, 10));
        fixtures.territoryMeeting(kind, "FLM", LocalDate.of(thisYear - 1, 6, 2));
        AccountFixtures.actAs(fixtures.directorOf(centre));

        assertThat(meetings.defaultYear()).isEqualTo(new DefaultYear(thisYear - 1, thisYear));
    }

    @Test
    void once_this_year_has_a_meeting_the_list_opens_on_it() {
        Centre centre = fixtures.centre("FLM", thisYear - 1, thisYear);
        fixtures.territoryMeeting(kind, "FLM", LocalDate.of(thisYear - 1, 6, 2));
        fixtures.territoryMeeting(kind, "FLM", MeetingFixtures.today(clock));
        AccountFixtures.actAs(fixtures.directorOf(centre));

        assertThat(meetings.defaultYear()).isEqualTo(new DefaultYear(thisYear, null));
    }
}
