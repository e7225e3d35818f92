package fr.centressociaux.portail.trainings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.trainings.HostCentre;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionFilter;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Session lists, and every change to a session as one conditional single-document update: seats
 * through the counter only, staff edits only on the version the person saw. A method returning
 * {@code false} changed nothing because its condition did not hold.
 */
public interface SessionQueries {

    List<TrainingSession> findPage(SessionFilter filter, Criteria visible, Pageable pageable);

    long count(SessionFilter filter, Criteria visible);

    /** Trainings with a session the caller sees, not cancelled, whose first day is on or after the date. */
    List<String> trainingIdsWithSessionsFrom(LocalDate from, Criteria visible);

    /** The next number on the session's waiting-list order. */
    long nextTicket(String sessionId);

    /** Takes one seat if one is left and the session is not cancelled. */
    boolean takeSeat(String sessionId);

    /** Gives one seat back. */
    void releaseSeat(String sessionId);

    /** Takes the lease on handing out the session's seats, if nobody holds it or theirs ran out. */
    boolean leaseSeats(String sessionId, String holder, Instant now, Instant until);

    /** Gives the lease back, if still held by this holder. */
    void endSeatLease(String sessionId, String holder);

    /**
     * New days, host, capacity and deadline, if the version is still the one seen and the seats
     * already taken fit in the new capacity (the seats left follow the capacity).
     */
    boolean describe(String sessionId, long expectedVersion, List<SessionDay> days, @Nullable HostCentre host,
            int previousCapacity, int capacity, LocalDate registrationDeadline, Instant at, String actor);

    boolean closeRegistration(String sessionId, long expectedVersion, boolean closed, Instant at, String actor);

    boolean cancel(String sessionId, long expectedVersion, String reason, Instant at, String actor);

    boolean recordFosforaAmount(String sessionId, long expectedVersion, @Nullable Long cents, Instant at,
            String actor);
}
