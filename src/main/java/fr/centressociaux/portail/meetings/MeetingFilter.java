package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The meeting list's filters. A department keeps the meetings whose scope covers it: its
 * territories' meetings, its own and the network's (whose counts then say how many came from it).
 */
public record MeetingFilter(int year, @Nullable String kindId, @Nullable String territoryId,
        @Nullable Department department) {

    public static MeetingFilter year(int year) {
        return new MeetingFilter(year, null, null, null);
    }
}
