package fr.centressociaux.portail.attendance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of one attendance sheet: the event's title and details (already in French: date,
 * place, organiser…), one line per person, blank lines for people who come unannounced, and the
 * mentions of the funders supporting the event's department (none: no mention is printed).
 */
public record AttendanceSheet(String title, List<Detail> details, List<Line> lines, int blankLines,
        List<String> funderMentions) {

    public AttendanceSheet {
        details = List.copyOf(details);
        lines = List.copyOf(lines);
        funderMentions = List.copyOf(funderMentions);
        if (blankLines < 0) {
            throw new IllegalArgumentException("blankLines < 0");
        }
    }

    /** A labelled detail under the title, e.g. "Lieu" and "Salle des fêtes, Calais". */
    public record Detail(String label, String value) {
    }

    /** One person: name, centre or organisation, kind, and check-in time when known ("9 h 05"). */
    public record Line(String name, String organisation, ParticipantKind kind, @Nullable String checkInTime) {
    }
}
