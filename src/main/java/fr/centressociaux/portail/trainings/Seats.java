package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import fr.centressociaux.portail.trainings.internal.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Gives free seats to the waiting list, first come first served, without transactions. Every
 * path that may free a seat or add a waiting person ends here.
 * <p>
 * A seat is first taken on the session's counter (a conditional decrement: at most capacity seats
 * are ever handed out, whatever happens), then handed to the first waiting person (a conditional
 * status change); if that person withdrew in between, the seat goes back and the next one is
 * tried. One caller at a time does this for a session, under a short lease on the session
 * document: without it, a caller could find no seat while another held one for an instant, and
 * tell a director "waiting list" for a person who gets the seat a millisecond later. The lease
 * runs out by itself if its holder dies; a caller that cannot get it in time goes ahead anyway,
 * still safe thanks to the counter.
 * <p>
 * Should the process die between taking a seat and handing it over, the counter keeps one seat
 * more than the people enrolled; staff give it back by raising the capacity by one (DD007).
 */
@Component
class Seats {

    static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration PATIENCE = LEASE.plusSeconds(1);
    private static final long PAUSE_NANOS = Duration.ofMillis(3).toNanos();

    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final TrainingMails mails;
    private final TrainingAccess access;

    Seats(SessionRepository sessions, EnrolmentRepository enrolments, TrainingMails mails, TrainingAccess access) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.mails = mails;
        this.access = access;
    }

    /**
     * Promotes waiting people while seats are left and mails the directors of those who had been
     * told they were waiting (not a person who got the seat during their own enrolment).
     */
    void fillAndTell(Training training, String sessionId) {
        List<Enrolment> promoted = fill(sessionId);
        if (promoted.stream().anyMatch(Enrolment::wasToldWaiting)) {
            TrainingSession session = sessions.findById(sessionId).orElseThrow();
            promoted.stream().filter(Enrolment::wasToldWaiting)
                    .forEach(enrolment -> mails.promoted(training, session, enrolment));
        }
    }

    /** Promotes waiting people while seats are left; returns them, in the order they got a seat. */
    List<Enrolment> fill(String sessionId) {
        String holder = UUID.randomUUID().toString();
        boolean leased = lease(sessionId, holder);
        try {
            return handOut(sessionId);
        } finally {
            if (leased) {
                sessions.endSeatLease(sessionId, holder);
            }
        }
    }

    void release(String sessionId) {
        sessions.releaseSeat(sessionId);
    }

    private List<Enrolment> handOut(String sessionId) {
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

    private boolean lease(String sessionId, String holder) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Instant now = access.now();
            if (sessions.leaseSeats(sessionId, holder, now, now.plus(LEASE))) {
                return true;
            }
            if (System.nanoTime() > giveUp) {
                return false;
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }
}
