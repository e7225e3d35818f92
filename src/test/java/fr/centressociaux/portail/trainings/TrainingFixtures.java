package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.RoleHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds trainings, sessions, centres with their director and enrolments for a test, through the
 * services (as a staff member, unless said otherwise), and restores whoever was signed in.
 */
final class TrainingFixtures {

    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime EVENING = LocalTime.of(16, 30);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final TrainingCatalogue catalogue;
    final TrainingSessions sessions;
    final TrainingEnrolments enrolments;
    final TrainingAttendance attendance;
    final CentreFixtures centres;
    final AccountFixtures accounts;
    final Account admin;

    TrainingFixtures(TrainingCatalogue catalogue, TrainingSessions sessions, TrainingEnrolments enrolments,
            TrainingAttendance attendance, CentreFixtures centres, AccountFixtures accounts) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.centres = centres;
        this.accounts = accounts;
        this.admin = accounts.active(Role.ADMIN);
    }

    /** A member centre with a director who has an account. */
    record CentreWithDirector(Centre centre, Account director, String directorEmail) {

        String id() {
            return centre.getId();
        }
    }

    CentreWithDirector centre(String territoryCode, String postalCode, String commune) {
        String email = AccountFixtures.uniqueEmail("direction");
        Centre centre = centres.create(CentreFixtures.profile("Centre social " + commune + " " + SEQUENCE.incrementAndGet(),
                postalCode, commune), territoryCode, new RoleHolder("Direction " + commune, email, null),
                CentreFixtures.member(2024), CentreFixtures.member(2025), CentreFixtures.member(2026));
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        return new CentreWithDirector(centre, director, email);
    }

    CentreWithDirector calais() {
        return centre("LIT62", "62100", "Calais");
    }

    CentreWithDirector dunkerque() {
        return centre("FLM", "59140", "Dunkerque");
    }

    /** A published training of the catalogue. */
    Training training(TrainingFamily family, TrainingAudience audience, @Nullable FosforaLine line, int year) {
        return asAdmin(() -> {
            Training created = catalogue.create(new TrainingDraft(year, "Formation " + SEQUENCE.incrementAndGet(),
                    family, audience, List.of(Job.DIRECTION), Duration.ofHours(14), "Objectifs", "Programme",
                    "Camille Formatrice", line));
            return catalogue.publish(created.getId(), created.getVersion(), true);
        });
    }

    Training training() {
        return training(TrainingFamily.METIERS, TrainingAudience.BOTH, null, LocalDate.now().getYear());
    }

    /** A session with days from 9:00 to 16:30 (7 h 30) on each date. */
    TrainingSession session(Training training, int capacity, LocalDate deadline, LocalDate... days) {
        return session(training, null, capacity, deadline, days);
    }

    TrainingSession session(Training training, @Nullable String hostCentreId, int capacity, LocalDate deadline,
            LocalDate... days) {
        List<SessionDraft.Day> drafts = Arrays.stream(days)
                .map(day -> new SessionDraft.Day(day, MORNING, EVENING, "Salle des fêtes")).toList();
        return asAdmin(() -> sessions.schedule(training.getId(), new SessionDraft(drafts, hostCentreId, capacity,
                deadline)));
    }

    /** A session in a month, with registrations open until the day before. */
    TrainingSession upcomingSession(Training training, int capacity) {
        LocalDate first = LocalDate.now().plusDays(30);
        return session(training, capacity, first.minusDays(1), first, first.plusDays(1));
    }

    EnrolmentLine enrol(Account as, TrainingSession session, String centreId, String firstName, String lastName,
            ParticipantKind kind) {
        return as(as, () -> enrolments.enrol(session.getId(), centreId,
                new TraineeDraft(firstName, lastName, kind, Job.ANIMATION)));
    }

    EnrolmentLine enrol(TrainingSession session, String centreId, String firstName, ParticipantKind kind) {
        return enrol(admin, session, centreId, firstName, "Stagiaire" + SEQUENCE.incrementAndGet(), kind);
    }

    /** Marks the person present on these days of their session. */
    Enrolment attend(EnrolmentLine line, LocalDate... days) {
        return asAdmin(() -> {
            Enrolment last = line.enrolment();
            for (LocalDate day : days) {
                last = attendance.setPresence(line.enrolment().getId(), day, true);
            }
            return last;
        });
    }

    <T> T asAdmin(Supplier<T> work) {
        return as(admin, work);
    }

    /** Runs the work signed in as this account, then puts back whoever was signed in. */
    static <T> T as(Account account, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        AccountFixtures.actAs(account);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
