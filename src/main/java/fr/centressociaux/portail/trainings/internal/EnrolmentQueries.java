package fr.centressociaux.portail.trainings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.FosforaLine;
import org.jspecify.annotations.Nullable;

/**
 * Moves of one enrolment between waiting, enrolled and withdrawn, each a conditional
 * single-document update on the status it expects, so two concurrent moves of the same person
 * cannot both happen; and the copies of session and training fields kept up to date.
 */
public interface EnrolmentQueries {

    /** The first person on the session's waiting list. */
    Optional<Enrolment> firstWaiting(String sessionId);

    /** Waiting → enrolled; null when the person was not waiting any more. Returns the new state. */
    @Nullable Enrolment promote(String enrolmentId, Instant at);

    /** Notes that the person who enrolled was told "waiting list", if still waiting. */
    boolean markToldWaiting(String enrolmentId);

    /**
     * Enrolled or waiting → withdrawn, unless the person attended a day. Returns the state before,
     * or null when nothing changed.
     */
    @Nullable Enrolment withdraw(String enrolmentId, Instant at, String actor);

    /**
     * Withdrawn → waiting at the end of the list, with the details of {@code fresh} (an unsaved
     * enrolment of the same person). Null when the enrolment was not withdrawn any more.
     */
    @Nullable Enrolment reactivate(String enrolmentId, Enrolment fresh);

    /** How many are waiting ahead of this order number. */
    long waitingAhead(String sessionId, long queueNumber);

    /** Waiting people per session. */
    Map<String, Integer> waitingCounts(Collection<String> sessionIds);

    void copySessionYear(String sessionId, int year);

    void copyFosforaLine(String trainingId, @Nullable FosforaLine line);
}
