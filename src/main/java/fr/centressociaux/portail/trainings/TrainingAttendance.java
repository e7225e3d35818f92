package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Attendance per session day, marked by staff from that day on, for the people holding a seat.
 * The hours attended are the lengths of the days marked present, added up; they are stored with
 * the days so the bilan sums them in the database.
 */
@Service
public class TrainingAttendance {

    private static final int ATTEMPTS = 5;

    private final EnrolmentRepository enrolments;
    private final TrainingSessions sessions;
    private final TrainingEnrolments people;
    private final TrainingAccess access;

    TrainingAttendance(EnrolmentRepository enrolments, TrainingSessions sessions, TrainingEnrolments people,
            TrainingAccess access) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.people = people;
        this.access = access;
    }

    /** Present or absent on one day of the session. */
    @PreAuthorize("hasRole('ADMIN')")
    public Enrolment setPresence(String enrolmentId, LocalDate day, boolean present) {
        access.checkManage();
        Enrolment enrolment = people.load(enrolmentId);
        TrainingSession session = attendanceOpen(enrolment.getSessionId(), day);
        return record(enrolment, session, day, present);
    }

    /**
     * The whole list of a day at once: the people holding a seat whose enrolment id is in
     * {@code presentIds} are present, the others absent. Returns everyone's new state.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Enrolment> markDay(String sessionId, LocalDate day, Collection<String> presentIds) {
        access.checkManage();
        TrainingSession session = attendanceOpen(sessionId, day);
        Set<String> present = Set.copyOf(presentIds);
        List<Enrolment> seated = enrolments.findBySessionIdAndStatusIn(sessionId, Set.of(EnrolmentStatus.ENROLLED));
        if (!seated.stream().map(Enrolment::getId).toList().containsAll(present)) {
            throw new UserFacingException("training.attendance.not-enrolled");
        }
        List<Enrolment> marked = new ArrayList<>();
        for (Enrolment enrolment : seated) {
            marked.add(record(enrolment, session, day, present.contains(enrolment.getId())));
        }
        return marked;
    }

    /** The hours a set of days gives: the days' lengths added up. */
    static Duration hours(TrainingSession session, Collection<LocalDate> days) {
        return session.getDays().stream().filter(day -> days.contains(day.date())).map(SessionDay::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }

    private Enrolment record(Enrolment enrolment, TrainingSession session, LocalDate day, boolean present) {
        Enrolment current = enrolment;
        for (int attempt = 1; ; attempt++) {
            if (current.getStatus() != EnrolmentStatus.ENROLLED) {
                throw new UserFacingException("training.attendance.not-enrolled");
            }
            if (current.attended(day) == present) {
                return current;
            }
            Set<LocalDate> days = new LinkedHashSet<>(current.getAttendedDays());
            if (present) {
                days.add(day);
            } else {
                days.remove(day);
            }
            current.attend(List.copyOf(days), hours(session, days));
            try {
                return enrolments.save(current);
            } catch (OptimisticLockingFailureException e) {
                // Someone marked another day, or the person withdrew, meanwhile: start again from what is stored.
                if (attempt == ATTEMPTS) {
                    throw new UserFacingException("edit.concurrent");
                }
                current = people.load(current.getId());
            }
        }
    }

    private TrainingSession attendanceOpen(String sessionId, LocalDate day) {
        TrainingSession session = sessions.load(sessionId);
        if (session.isCancelled()) {
            throw new UserFacingException("training.session.cancelled");
        }
        if (!session.hasDay(day)) {
            throw new UserFacingException("training.attendance.not-a-day");
        }
        if (access.today().isBefore(day)) {
            throw new UserFacingException("training.attendance.not-yet");
        }
        return session;
    }
}
