package fr.centressociaux.portail.trainings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directors racing for seats, each on a thread of their own with their own sign-in, released at
 * the same instant: never more people enrolled than seats, never a seat lost, the rest waiting.
 */
@PortalTest
class LastSeatConcurrencyTest {

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
    ExecutorService threads;

    @BeforeEach
    void start() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
        threads = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @RepeatedTest(20)
    void two_directors_taking_the_last_seat_at_once_get_one_seat_and_one_waiting_place() throws Exception {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 3);
        fixtures.enrol(session, calais.id(), "Déjà", ParticipantKind.EMPLOYEE);
        fixtures.enrol(session, dunkerque.id(), "Aussi", ParticipantKind.EMPLOYEE);

        List<EnrolmentLine> results = race(List.of(
                enrolling(calais.director(), session, calais.id(), "Anne"),
                enrolling(dunkerque.director(), session, dunkerque.id(), "Bruno")));

        assertThat(results).extracting(line -> line.enrolment().getStatus())
                .containsExactlyInAnyOrder(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING);
        assertThat(results).filteredOn(line -> line.enrolment().getStatus() == EnrolmentStatus.WAITING)
                .extracting(EnrolmentLine::waitingPosition).containsExactly(1);
        assertSeatsMatchPeople(session, 3, 1);
    }

    @Test
    void eight_directors_racing_for_three_seats_leave_three_enrolled_and_five_waiting() throws Exception {
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 3);
        List<Callable<EnrolmentLine>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            CentreWithDirector centre = i % 2 == 0 ? fixtures.calais() : fixtures.dunkerque();
            racers.add(enrolling(centre.director(), session, centre.id(), "Personne" + i));
        }

        List<EnrolmentLine> results = race(racers);

        assertThat(results).filteredOn(line -> line.enrolment().getStatus() == EnrolmentStatus.ENROLLED).hasSize(3);
        assertThat(results).filteredOn(line -> line.enrolment().getStatus() == EnrolmentStatus.WAITING)
                .extracting(EnrolmentLine::waitingPosition).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertSeatsMatchPeople(session, 3, 5);
    }

    @RepeatedTest(5)
    void a_withdrawal_racing_with_a_newcomer_gives_the_seat_to_the_person_who_was_waiting() throws Exception {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        TrainingSession session = fixtures.upcomingSession(fixtures.training(), 1);
        EnrolmentLine seated = fixtures.enrol(calais.director(), session, calais.id(), "Anne", "Martin",
                ParticipantKind.EMPLOYEE);
        EnrolmentLine waiting = fixtures.enrol(dunkerque.director(), session, dunkerque.id(), "Bruno", "Petit",
                ParticipantKind.EMPLOYEE);

        race(List.of(() -> {
            AccountFixtures.actAs(calais.director());
            return enrolments.withdraw(seated.enrolment().getId());
        }, enrolling(calais.director(), session, calais.id(), "Chloé")));

        EnrolmentLine bruno = fixtures.asAdmin(() -> enrolments.get(waiting.enrolment().getId()));
        assertThat(bruno.enrolment().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertSeatsMatchPeople(session, 1, 1);
    }

    private Callable<EnrolmentLine> enrolling(Account director, TrainingSession session, String centreId,
            String firstName) {
        return () -> {
            AccountFixtures.actAs(director);
            return enrolments.enrol(session.getId(), centreId, new TraineeDraft(firstName, "Concurrent",
                    ParticipantKind.EMPLOYEE, Job.ACCUEIL));
        };
    }

    /** Starts every task on its own thread at the same instant; each thread signs in on its own. */
    private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return task.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private void assertSeatsMatchPeople(TrainingSession session, int enrolled, int waiting) {
        List<EnrolmentLine> people = fixtures.asAdmin(() -> enrolments.people(session.getId()));
        assertThat(people).filteredOn(line -> line.enrolment().getStatus() == EnrolmentStatus.ENROLLED)
                .hasSize(enrolled);
        assertThat(people).filteredOn(line -> line.enrolment().getStatus() == EnrolmentStatus.WAITING)
                .hasSize(waiting);
        SessionRow row = fixtures.asAdmin(() -> sessions.get(session.getId()));
        assertThat(row.session().getSeatsTaken()).as("the seat counter agrees with the list").isEqualTo(enrolled);
        assertThat(row.waiting()).isEqualTo(waiting);
    }
}
