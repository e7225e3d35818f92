package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the public check-in page may show: nothing when the link is unknown, revoked or the meeting
 * cancelled; the title and date when it is not the meeting's day; on the day, also the first names
 * of the registered people not yet checked in (each with an opaque id to pick).
 */
public record CheckInDesk(Status status, @Nullable String title, @Nullable LocalDate date, List<Name> names) {

    public enum Status { OPEN, NOT_TODAY, CLOSED }

    public record Name(String participantId, String firstName) {
    }

    static CheckInDesk closed() {
        return new CheckInDesk(Status.CLOSED, null, null, List.of());
    }
}
