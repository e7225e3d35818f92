package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Presence per day and the hours it gives: the lengths of the days attended, added up. */
@PortalTest
class AttendanceTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);

    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    AccountFixtures accounts;

    TrainingFixtures fixtures;
    CentreWithDirector calais;
    TrainingSession session;

    @BeforeEach
    void aSessionOfThreeDaysOfDifferentLengths() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
        calais = fixtures.calais();
        Training training = fixtures.training();
        session = fixtures.asAdmin(() -> sessions.schedule(training.getId(), new SessionDraft(List.of(
                new SessionDraft.Day(MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), "Lille"),
                new SessionDraft.Day(FRIDAY, LocalTime.of(9, 30), LocalTime.of(12, 0), "Arras"),
                new SessionDraft.Day(TUESDAY, LocalTime.of(13, 30), LocalTime.of(17, 0), "Lille")), null, 10,
                MONDAY.minusDays(7))));
    }

    @Test
    void days_are_kept_in_date_order_and_the_session_lasts_their_total() {
        assertThat(session.getDays()).extracting(SessionDay::date).containsExactly(MONDAY, TUESDAY, FRIDAY);
        assertThat(session.getTotalDuration()).isEqualTo(Duration.ofHours(14));
        assertThat(session.getFirstDay()).isEqualTo(MONDAY);
        assertThat(session.getLastDay()).isEqualTo(FRIDAY);
    }

    @Test
    void the_hours_attended_are_the_lengths_of_the_days_marked_present_added_up() {
        EnrolmentLine anne = fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE);

        Enrolment marked = fixtures.attend(anne, MONDAY, FRIDAY);

        assertThat(marked.getAttendedDays()).containsExactly(MONDAY, FRIDAY);
        assertThat(marked.getAttendedTime()).isEqualTo(Duration.ofMinutes(8 * 60 + 150));
        assertThat(marked.hasAttended()).isTrue();
    }

    @Test
    void a_centre_attends_since_a_day_when_one_of_its_people_was_present_on_a_later_day() {
        CentreWithDirector dunkerque = fixtures.dunkerque();
        fixtures.attend(fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE), FRIDAY);
        fixtures.enrol(session, dunkerque.id(), "Bruno", ParticipantKind.EMPLOYEE);
        Set<String> both = Set.of(calais.id(), dunkerque.id());

        assertThat(fixtures.asAdmin(() -> enrolments.centresAttendingSince(both, MONDAY)))
                .containsExactly(calais.id());
        assertThat(fixtures.asAdmin(() -> enrolments.centresAttendingSince(both, FRIDAY.plusDays(1)))).isEmpty();
    }

    @Test
    void marking_a_day_absent_takes_its_hours_off_and_marking_it_twice_counts_it_once() {
        EnrolmentLine anne = fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE);
        fixtures.attend(anne, MONDAY, TUESDAY, TUESDAY);

        Enrolment afterAbsence = fixtures.asAdmin(() -> attendance.setPresence(anne.enrolment().getId(), MONDAY,
                false));

        assertThat(afterAbsence.getAttendedDays()).containsExactly(TUESDAY);
        assertThat(afterAbsence.getAttendedTime()).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void a_whole_day_is_marked_at_once_for_the_people_holding_a_seat() {
        EnrolmentLine anne = fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE);
        EnrolmentLine bruno = fixtures.enrol(session, calais.id(), "Bruno", ParticipantKind.VOLUNTEER);
        fixtures.attend(bruno, TUESDAY);

        List<Enrolment> marked = fixtures.asAdmin(() -> attendance.markDay(session.getId(), TUESDAY,
                Set.of(anne.enrolment().getId())));

        assertThat(marked).filteredOn(person -> person.attended(TUESDAY)).extracting(Enrolment::getFirstName)
                .containsExactly("Anne");
        assertThat(marked).filteredOn(person -> person.getFirstName().equals("Bruno")).singleElement()
                .extracting(Enrolment::getAttendedTime).isEqualTo(Duration.ZERO);
    }

    @Test
    void nobody_is_marked_present_on_a_day_that_is_not_the_session_s_or_on_a_day_still_to_come() {
        EnrolmentLine anne = fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE);
        LocalDate later = LocalDate.now(FrenchDates.ZONE).plusDays(20);
        TrainingSession upcoming = fixtures.session(fixtures.training(), 5, later.minusDays(1), later);
        EnrolmentLine bruno = fixtures.enrol(upcoming, calais.id(), "Bruno", ParticipantKind.EMPLOYEE);

        assertThatThrownBy(() -> fixtures.attend(anne, MONDAY.plusDays(2))).isInstanceOfSatisfying(
                UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.attendance.not-a-day"));
        assertThatThrownBy(() -> fixtures.attend(bruno, later)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("training.attendance.not-yet"));
    }

    @Test
    void a_person_on_the_waiting_list_cannot_be_marked_present() {
        TrainingSession small = fixtures.session(fixtures.training(), 1, MONDAY.minusDays(1), MONDAY);
        fixtures.enrol(small, calais.id(), "Anne", ParticipantKind.EMPLOYEE);
        EnrolmentLine waiting = fixtures.enrol(small, calais.id(), "Bruno", ParticipantKind.EMPLOYEE);

        assertThat(waiting.enrolment().getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThatThrownBy(() -> fixtures.attend(waiting, MONDAY)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("training.attendance.not-enrolled"));
    }

    @Test
    void once_attendance_is_recorded_dates_and_times_stay_but_the_place_may_change() {
        EnrolmentLine anne = fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE);
        fixtures.attend(anne, MONDAY);
        List<SessionDraft.Day> samePlaces = session.getDays().stream()
                .map(day -> new SessionDraft.Day(day.date(), day.start(), day.end(), "Centre social de Lens")).toList();
        List<SessionDraft.Day> longer = session.getDays().stream()
                .map(day -> new SessionDraft.Day(day.date(), day.start().minusHours(1), day.end(), day.place()))
                .toList();

        TrainingSession moved = fixtures.asAdmin(() -> sessions.update(session.getId(), session.getVersion(),
                new SessionDraft(samePlaces, null, 10, session.getRegistrationDeadline())));

        assertThat(moved.getDays()).extracting(SessionDay::place).containsOnly("Centre social de Lens");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> sessions.update(session.getId(), moved.getVersion(),
                new SessionDraft(longer, null, 10, session.getRegistrationDeadline()))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_edit_made_on_an_old_version_is_refused() {
        fixtures.asAdmin(() -> sessions.closeRegistration(session.getId(), session.getVersion(), true));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> sessions.closeRegistration(session.getId(),
                session.getVersion(), false))).isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
    }
}
