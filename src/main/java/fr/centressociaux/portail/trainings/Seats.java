package fr.centressociaux.portail.trainings;

import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import fr.centressociaux.portail.trainings.internal.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Gives free seats to the waiting list, first come first served, without transactions. Every
 * path that may free a seat or add a waiting person ends here. A seat is first taken on the
 * session's counter (a conditional decrement: at most capacity seats are ever handed out), then
 * handed to the first waiting person (a conditional status change); if that person was promoted
 * or withdrew in between, the seat goes back and the next one is tried. Two callers at once
 * therefore never give one seat twice, and a newcomer never overtakes people already waiting.
 * Should the process die between the two steps, the counter keeps one seat more than the people
 * enrolled; staff give it back by raising the capacity by one (DD007).
 */
@Component
class Seats {

    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final TrainingAccess access;

    Seats(SessionRepository sessions, EnrolmentRepository enrolments, TrainingAccess access) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.access = access;
    }

    /** Promotes waiting people while seats are left; returns them, in the order they got a seat. */
    List<Enrolment> fill(String sessionId) {
        List<Enrolment> promoted = new ArrayList<>();
        while (true) {
            Enrolment first = enrolments.firstWaiting(sessionId).orElse(null);
            if (first == null || !sessions.takeSeat(sessionId)) {
                return promoted;
            }
            Enrolment enrolled = enrolments.promote(first.getId(), access.now());
            if (enrolled == null) {
                sessions.releaseSeat(sessionId);
            } else {
                promoted.add(enrolled);
            }
        }
    }

    void release(String sessionId) {
        sessions.releaseSeat(sessionId);
    }
}
