package fr.centressociaux.portail.trainings;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seats, waiting list and the rules of enrolment, through the service as directors and staff use it.
 */
@PortalTest
class EnrolmentTest {

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
    @Autowired
    Inbox inbox;

    TrainingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
    }

    @Test
    void people_beyond_the_capacity_go_on_the_waiting_list_in_the_order_they_came() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 2);

        EnrolmentLine first = director(calais, session, "Anne");
        EnrolmentLine second = director(calais, session, "Bruno");
        EnrolmentLine third = director(calais, session, "Chloé");
        EnrolmentLine fourth = director(calais, session, "David");

        assertThat(List.of(first, second)).extracting(line -> line.enrolment().getStatus())
                .containsOnly(EnrolmentStatus.ENROLLED);
        assertThat(third.enrolment().getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(third.waitingPosition()).isEqualTo(1);
        assertThat(fourth.waitingPosition()).isEqualTo(2);
        SessionRow row = fixtures.asAdmin(() -> sessions.get(session.getId()));
        assertThat(row.session().getSeatsTaken()).isEqualTo(2);
        assertThat(row.status()).isEqualTo(SessionStatus.FULL);
        assertThat(row.waiting()).isEqualTo(2);
    }

    @Test
    void a_withdrawal_gives_the_seat_to_the_first_person_waiting_and_mails_their_director() {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        Training training = fixtures.training();
        TrainingSession session = fixtures.upcomingSession(training, 1);
        EnrolmentLine seated = director(calais, session, "Anne");
        EnrolmentLine waitingFirst = director(dunkerque, session, "Bruno");
        EnrolmentLine waitingSecond = director(calais, session, "Chloé");

        EnrolmentLine withdrawn = TrainingFixtures.as(calais.director(),
                () -> enrolments.withdraw(seated.enrolment().getId()));

        assertThat(withdrawn.enrolment().getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        EnrolmentLine promoted = TrainingFixtures.as(dunkerque.director(),
                () -> enrolments.get(waitingFirst.enrolment().getId()));
        assertThat(promoted.enrolment().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(promoted.enrolment().getPromotedAt()).isNotNull();
        EnrolmentLine stillWaiting = TrainingFixtures.as(calais.director(),
                () -> enrolments.get(waitingSecond.enrolment().getId()));
        assertThat(stillWaiting.waitingPosition()).isEqualTo(1);
        Inbox.Mail mail = inbox.theMailTo(dunkerque.directorEmail());
        assertThat(mail.subject()).isEqualTo("Place obtenue : " + training.getTitle());
        assertThat(mail.text()).contains(promoted.enrolment().fullName(), "était sur liste d’attente",
                TrainingSessions.path(session.getId()));
        assertThat(inbox.mailsTo(calais.directorEmail())).isEmpty();
        assertThat(fixtures.asAdmin(() -> sessions.get(session.getId())).session().getSeatsTaken()).isEqualTo(1);
    }

    @Test
    void a_person_who_got_a_seat_straight_away_gets_no_promotion_mail() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 3);

        director(calais, session, "Anne");
        director(calais, session, "Bruno");

        assertThat(inbox.mailsTo(calais.directorEmail())).isEmpty();
    }

    @Test
    void raising_the_capacity_gives_the_new_seats_to_the_waiting_list_in_order() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 1);
        director(calais, session, "Anne");
        EnrolmentLine bruno = director(calais, session, "Bruno");
        EnrolmentLine chloe = director(calais, session, "Chloé");
        EnrolmentLine david = director(calais, session, "David");

        TrainingSession larger = fixtures.asAdmin(() -> sessions.update(session.getId(), session.getVersion(),
                draftOf(session, 3)));

        assertThat(larger.getCapacity()).isEqualTo(3);
        assertThat(larger.getSeatsTaken()).isEqualTo(3);
        assertThat(statusOf(bruno)).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(statusOf(chloe)).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(statusOf(david)).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(inbox.mailsTo(calais.directorEmail())).hasSize(2);
    }

    @Test
    void seats_taken_and_given_back_leave_the_session_version_so_an_open_staff_edit_still_saves() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession opened = fixtures.upcomingSession(fixtures.training(), 2);
        EnrolmentLine anne = director(calais, opened, "Anne");
        director(calais, opened, "Bruno");
        director(calais, opened, "Chloé");
        TrainingFixtures.as(calais.director(), () -> enrolments.withdraw(anne.enrolment().getId()));

        TrainingSession stored = fixtures.asAdmin(() -> sessions.get(opened.getId())).session();
        assertThat(stored.getVersion()).isEqualTo(opened.getVersion());
        TrainingSession edited = fixtures.asAdmin(() -> sessions.update(opened.getId(), opened.getVersion(),
                draftOf(opened, 4)));
        assertThat(edited.getVersion()).isEqualTo(opened.getVersion() + 1);
        assertThat(edited.getSeatsTaken()).isEqualTo(2);
    }

    @Test
    void the_capacity_cannot_drop_below_the_seats_taken() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 3);
        director(calais, session, "Anne");
        director(calais, session, "Bruno");

        assertThatThrownBy(() -> fixtures.asAdmin(() -> sessions.update(session.getId(), session.getVersion(),
                draftOf(session, 1)))).isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("capacity"));
    }

    @Test
    void a_newcomer_waits_behind_people_already_waiting_even_when_a_seat_was_just_freed() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 1);
        EnrolmentLine seated = director(calais, session, "Anne");
        EnrolmentLine waiting = director(calais, session, "Bruno");
        TrainingFixtures.as(calais.director(), () -> enrolments.withdraw(seated.enrolment().getId()));

        EnrolmentLine newcomer = director(calais, session, "Chloé");

        assertThat(statusOf(waiting)).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(newcomer.enrolment().getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(newcomer.waitingPosition()).isEqualTo(1);
    }

    @Test
    void the_same_person_cannot_be_enrolled_twice_in_a_session_whatever_the_accents_and_case() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 5);
        fixtures.enrol(calais.director(), session, calais.id(), "Hélène", "Lefèvre", ParticipantKind.EMPLOYEE);

        assertThatThrownBy(() -> fixtures.enrol(calais.director(), session, calais.id(), "helene", "LEFEVRE",
                ParticipantKind.EMPLOYEE)).isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("training.enrolment.duplicate"));
        assertThat(fixtures.asAdmin(() -> sessions.get(session.getId())).session().getSeatsTaken()).isEqualTo(1);
    }

    @Test
    void the_same_name_in_another_centre_is_another_person() {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 5);

        fixtures.enrol(calais.director(), session, calais.id(), "Hélène", "Lefèvre", ParticipantKind.EMPLOYEE);
        EnrolmentLine other = fixtures.enrol(dunkerque.director(), session, dunkerque.id(), "Hélène", "Lefèvre",
                ParticipantKind.EMPLOYEE);

        assertThat(other.enrolment().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void a_person_who_withdrew_can_be_enrolled_again_and_goes_to_the_end_of_the_waiting_list() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 1);
        EnrolmentLine anne = fixtures.enrol(calais.director(), session, calais.id(), "Anne", "Martin",
                ParticipantKind.EMPLOYEE);
        TrainingFixtures.as(calais.director(), () -> enrolments.withdraw(anne.enrolment().getId()));
        director(calais, session, "Bruno");
        director(calais, session, "Chloé");

        EnrolmentLine again = fixtures.enrol(calais.director(), session, calais.id(), "Anne", "Martin",
                ParticipantKind.EMPLOYEE);

        assertThat(again.enrolment().getId()).isEqualTo(anne.enrolment().getId());
        assertThat(again.enrolment().getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(again.waitingPosition()).isEqualTo(2);
    }

    @Test
    void directors_enrol_until_the_registration_deadline_and_staff_after_it() {
        CentreWithDirector calais = fixtures.calais();
        Training training = fixtures.training();
        LocalDate today = LocalDate.now(FrenchDates.ZONE);
        TrainingSession lastDay = fixtures.session(training, 5, today, today.plusDays(10));
        TrainingSession passed = fixtures.session(training, 5, today.minusDays(1), today.plusDays(10));

        assertThat(director(calais, lastDay, "Anne").enrolment().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThatThrownBy(() -> director(calais, passed, "Bruno")).isInstanceOfSatisfying(
                UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.enrolment.closed"));
        assertThat(fixtures.enrol(passed, calais.id(), "Bruno", ParticipantKind.EMPLOYEE).enrolment().getStatus())
                .as("staff enrol after the deadline").isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(fixtures.asAdmin(() -> sessions.get(passed.getId())).status()).isEqualTo(SessionStatus.CLOSED);
    }

    @Test
    void directors_cannot_enrol_once_staff_closed_registrations() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 5);
        fixtures.asAdmin(() -> sessions.closeRegistration(session.getId(), session.getVersion(), true));

        assertThatThrownBy(() -> director(calais, session, "Anne")).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("training.enrolment.closed"));
    }

    @Test
    void a_sur_mesure_session_takes_only_the_people_of_its_host_centre() {
        CentreWithDirector host = fixtures.calais();
        CentreWithDirector other = fixtures.calais();
        Training custom = fixtures.training(TrainingFamily.SUR_MESURE, TrainingAudience.BOTH, null,
                LocalDate.now().getYear());
        LocalDate first = LocalDate.now().plusDays(20);
        TrainingSession session = fixtures.session(custom, host.id(), 12, first, first);

        assertThat(director(host, session, "Anne").enrolment().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThatThrownBy(() -> fixtures.enrol(session, other.id(), "Bruno", ParticipantKind.EMPLOYEE))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.enrolment.host-only"));
        assertThat(TrainingFixtures.as(other.director(), () -> sessions.ofTraining(custom.getId())))
                .as("another centre's director does not see it").isEmpty();
    }

    @Test
    void a_sur_mesure_session_needs_its_host_centre() {
        Training custom = fixtures.training(TrainingFamily.SUR_MESURE, TrainingAudience.BOTH, null,
                LocalDate.now().getYear());
        LocalDate first = LocalDate.now().plusDays(20);

        assertThatThrownBy(() -> fixtures.session(custom, 12, first, first)).isInstanceOfSatisfying(
                InvalidInputException.class, refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field)
                        .containsExactly("hostCentreId"));
    }

    @Test
    void a_training_for_employees_refuses_a_volunteer() {
        CentreWithDirector calais = fixtures.calais();
        Training forEmployees = fixtures.training(TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, null,
                LocalDate.now().getYear());
        TrainingSession session = fixtures.upcomingSession(forEmployees, 5);

        assertThatThrownBy(() -> fixtures.enrol(calais.director(), session, calais.id(), "Anne", "Martin",
                ParticipantKind.VOLUNTEER)).isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("kind"));
    }

    @Test
    void an_enrolment_without_names_kind_or_job_is_refused_field_by_field_and_takes_no_seat() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 5);

        assertThatThrownBy(() -> TrainingFixtures.as(calais.director(), () -> enrolments.enrol(session.getId(),
                calais.id(), new TraineeDraft("  ", null, null, null)))).isInstanceOfSatisfying(
                        InvalidInputException.class, refusal -> assertThat(refusal.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("firstName", "lastName", "kind", "job"));
        assertThat(fixtures.asAdmin(() -> sessions.get(session.getId())).session().getSeatsTaken()).isZero();
    }

    @Test
    void cancelling_a_session_mails_the_directors_of_the_people_enrolled_or_waiting() {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        CentreWithDirector withdrawnOnly = fixtures.calais();
        Training training = fixtures.training();
        TrainingSession session = fixtures.upcomingSession(training, 1);
        EnrolmentLine anne = director(calais, session, "Anne");
        EnrolmentLine bruno = director(dunkerque, session, "Bruno");
        EnrolmentLine chloe = director(withdrawnOnly, session, "Chloé");
        TrainingFixtures.as(withdrawnOnly.director(), () -> enrolments.withdraw(chloe.enrolment().getId()));

        TrainingSession cancelled = fixtures.asAdmin(() -> sessions.cancel(session.getId(),
                sessions.get(session.getId()).session().getVersion(), "Formatrice indisponible"));

        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(fixtures.asAdmin(() -> sessions.get(session.getId())).status()).isEqualTo(SessionStatus.CANCELLED);
        Inbox.Mail toCalais = inbox.theMailTo(calais.directorEmail());
        assertThat(toCalais.subject()).startsWith("Session annulée : " + training.getTitle());
        assertThat(toCalais.text()).contains("Formatrice indisponible", anne.enrolment().fullName());
        assertThat(inbox.theMailTo(dunkerque.directorEmail()).text()).contains(bruno.enrolment().fullName());
        assertThat(inbox.mailsTo(withdrawnOnly.directorEmail())).isEmpty();
        assertThatThrownBy(() -> director(calais, session, "David")).isInstanceOfSatisfying(
                UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.session.cancelled"));
    }

    @Test
    void a_person_who_attended_a_day_can_no_longer_be_withdrawn_and_the_session_no_longer_cancelled() {
        CentreWithDirector calais = fixtures.calais();
        LocalDate day = LocalDate.of(2024, 3, 12);
        TrainingSession past = fixtures.session(fixtures.training(), 5, day.minusDays(7), day);
        EnrolmentLine anne = fixtures.enrol(past, calais.id(), "Anne", ParticipantKind.EMPLOYEE);
        fixtures.attend(anne, day);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> enrolments.withdraw(anne.enrolment().getId())))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.enrolment.attended"));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> sessions.cancel(past.getId(), past.getVersion(), "Erreur")))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.session.cancel.has-attendance"));
    }

    @Test
    void a_director_sees_only_their_centre_s_people_in_a_session() {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 5);
        director(calais, session, "Anne");
        director(dunkerque, session, "Bruno");

        assertThat(TrainingFixtures.as(calais.director(), () -> enrolments.people(session.getId())))
                .extracting(line -> line.enrolment().getFirstName()).containsExactly("Anne");
        assertThat(fixtures.asAdmin(() -> enrolments.people(session.getId()))).hasSize(2);
    }

    private EnrolmentLine director(CentreWithDirector centre, TrainingSession session, String firstName) {
        return fixtures.enrol(centre.director(), session, centre.id(), firstName, "Stagiaire", ParticipantKind.EMPLOYEE);
    }

    private EnrolmentStatus statusOf(EnrolmentLine line) {
        return fixtures.asAdmin(() -> enrolments.get(line.enrolment().getId())).enrolment().getStatus();
    }

    private static SessionDraft draftOf(TrainingSession session, int capacity) {
        return new SessionDraft(session.getDays().stream().map(day -> new SessionDraft.Day(day.date(), day.start(),
                day.end(), day.place())).toList(), null, capacity, session.getRegistrationDeadline());
    }
}
