package fr.centressociaux.portail.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The QR self check-in, as two people with the same first name meet it: the list tells them apart
 * without giving their last names, and the one who tapped the wrong name undoes it, from their own
 * page and within two minutes only, without ever erasing someone's first arrival.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class SelfCheckInTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    Texts texts;

    @Autowired
    MeetingFixtures fixtures;
    Meeting meeting;
    Centre calais;
    Centre boulogne;
    Participant hugoDufour;
    Participant hugoMartel;
    String token;

    @BeforeEach
    void twoHugosRegisteredForAMeetingTomorrow() {
        AccountFixtures.actAs(fixtures.admin());
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        calais = fixtures.centre("LIT62", day.getYear());
        boulogne = fixtures.centre("LIT62", day.getYear());
        meeting = fixtures.territoryMeeting(fixtures.newKind().getId(), "LIT62", day);
        hugoDufour = fixtures.register(meeting, calais, "Hugo", "Dufour", ParticipantKind.VOLUNTEER);
        hugoMartel = fixtures.register(meeting, boulogne, "Hugo", "Martel", ParticipantKind.EMPLOYEE);
        String link = checkIn.link(meeting.getId());
        token = link.substring(link.lastIndexOf('/') + 1);
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 0));
        AccountFixtures.actAsNobody();
    }

    @Test
    void two_people_with_the_same_first_name_are_told_apart_by_initial_and_centre_only() {
        CheckInDesk desk = checkIn.desk(token);

        assertThat(desk.names()).extracting(CheckInDesk.Name::shortName, CheckInDesk.Name::centre).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hugo D.", calais.getProfile().name()),
                org.assertj.core.groups.Tuple.tuple("Hugo M.", boulogne.getProfile().name()));
        assertThat(desk.toString()).doesNotContain("Dufour", "Martel", "VOLUNTEER", "EMPLOYEE");
    }

    @Test
    void a_wrong_pick_is_undone_within_two_minutes_and_the_name_is_back_on_the_list_without_an_arrival() {
        CheckedIn wrong = checkIn.checkIn(token, hugoDufour.getId(), MeetingFixtures.phone());
        clock.advance(Duration.ofSeconds(110));

        checkIn.undoCheckIn(token, hugoDufour.getId(), wrong.undoKey(), MeetingFixtures.phone());

        assertThat(wrong.undoUntil()).isEqualTo(clock.instant().minusSeconds(110).plus(MeetingCheckIn.UNDO_WINDOW));
        assertThat(stored(hugoDufour).getPresence()).isEqualTo(Presence.UNKNOWN);
        assertThat(stored(hugoDufour).getCheckedInAt()).isNull();
        assertThat(checkIn.desk(token).names()).extracting(CheckInDesk.Name::shortName)
                .containsExactly("Hugo D.", "Hugo M.");
        assertRefused(() -> checkIn.undoCheckIn(token, hugoDufour.getId(), wrong.undoKey(), MeetingFixtures.phone()));
    }

    @Test
    void after_two_minutes_the_pick_stands() {
        CheckedIn wrong = checkIn.checkIn(token, hugoDufour.getId(), MeetingFixtures.phone());
        Instant arrival = clock.instant();
        clock.advance(MeetingCheckIn.UNDO_WINDOW.plusSeconds(1));

        assertRefused(() -> checkIn.undoCheckIn(token, hugoDufour.getId(), wrong.undoKey(), MeetingFixtures.phone()));

        assertThat(stored(hugoDufour).getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(stored(hugoDufour).getCheckedInAt()).isEqualTo(arrival);
    }

    @Test
    void another_phone_without_the_key_or_with_someone_elses_cannot_undo_a_check_in() {
        CheckedIn dufour = checkIn.checkIn(token, hugoDufour.getId(), MeetingFixtures.phone());
        CheckedIn martel = checkIn.checkIn(token, hugoMartel.getId(), MeetingFixtures.phone());

        assertRefused(() -> checkIn.undoCheckIn(token, hugoDufour.getId(), "", MeetingFixtures.phone()));
        assertRefused(() -> checkIn.undoCheckIn(token, hugoDufour.getId(), "cle-devinee", MeetingFixtures.phone()));
        assertRefused(() -> checkIn.undoCheckIn(token, hugoDufour.getId(), martel.undoKey(), MeetingFixtures.phone()));

        assertThat(dufour.canUndo()).isTrue();
        assertThat(stored(hugoDufour).getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(stored(hugoMartel).getPresence()).isEqualTo(Presence.PRESENT);
    }

    @Test
    void picking_a_person_already_present_gives_no_key_and_their_first_arrival_time_is_kept() {
        checkIn.checkIn(token, hugoDufour.getId(), MeetingFixtures.phone());
        Instant firstArrival = clock.instant();
        clock.advance(Duration.ofMinutes(7));

        CheckedIn again = checkIn.checkIn(token, hugoDufour.getId(), MeetingFixtures.phone());

        assertThat(again.canUndo()).isFalse();
        assertThat(again.firstName()).isEqualTo("Hugo");
        assertThat(stored(hugoDufour).getCheckedInAt()).isEqualTo(firstArrival);
        assertRefused(() -> checkIn.undoCheckIn(token, hugoDufour.getId(), "n-importe-quelle-cle", MeetingFixtures.phone()));
        assertThat(stored(hugoDufour).getCheckedInAt()).isEqualTo(firstArrival);
    }

    private Participant stored(Participant person) {
        return fixtures.asAdmin(() -> people.people(meeting.getId()).stream()
                .filter(found -> found.getId().equals(person.getId())).findFirst().orElseThrow());
    }

    private void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("check-in.undo-refused");
            assertThat(texts.get(refused.messageKey()))
                    .isEqualTo("Cet émargement ne peut plus être annulé d’ici : signalez l’erreur à l’accueil.");
        });
    }
}
