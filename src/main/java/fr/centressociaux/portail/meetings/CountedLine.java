package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * People known only as a number: "so many volunteers of this centre", or of a partner structure,
 * or from outside the network. A member centre's line carries its name, territory and department
 * on the meeting date and whether it was invited (then the centre is represented). A line without
 * a centre counts under its structure's department when given, else under the meeting's own.
 */
public record CountedLine(@Nullable String centreId, String name, @Nullable String territoryId,
        @Nullable Department department, boolean invitedCentre, ParticipantKind kind, int count) {

    /** At most this many people on one line: more is a typing slip, not a meeting. */
    public static final int MOST_PER_LINE = 5_000;

    public boolean forCentre() {
        return centreId != null;
    }
}
