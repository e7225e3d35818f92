package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the public check-in page may show: nothing when the link is unknown, revoked or the meeting
 * cancelled; the title and date when it is not the meeting's day; on the day, also the registered
 * people not yet checked in, each as little as lets two namesakes tell themselves apart: first
 * name, initial of the last name and centre (with an opaque id to pick).
 */
public record CheckInDesk(Status status, @Nullable String title, @Nullable LocalDate date, List<Name> names) {

    /** OVER: the meeting's day, but its end and the grace period have passed. */
    public enum Status { OPEN, NOT_TODAY, OVER, CLOSED }

    /** "Hugo", "D", "Centre social Henri Matisse": shown as "Hugo D." with the centre. */
    public record Name(String participantId, String firstName, String lastInitial, String centre) {

        static Name of(Participant person) {
            String last = person.getLastName().strip();
            String initial = last.isEmpty() ? "" : last.substring(0, last.offsetByCodePoints(0, 1))
                    .toUpperCase(java.util.Locale.FRANCE);
            return new Name(person.getId(), person.getFirstName(), initial, person.getOrganisation());
        }

        /** "Hugo D." */
        public String shortName() {
            return lastInitial.isEmpty() ? firstName : firstName + " " + lastInitial + ".";
        }
    }

    static CheckInDesk closed() {
        return new CheckInDesk(Status.CLOSED, null, null, List.of());
    }
}
