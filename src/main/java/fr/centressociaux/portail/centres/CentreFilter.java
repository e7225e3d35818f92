package fr.centressociaux.portail.centres;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The directory's filters. The membership status applies to {@code year}; the territory is the
 * one the centre belongs to today.
 */
public record CentreFilter(@Nullable String territoryId, @Nullable Department department, @Nullable CentreKind kind,
        @Nullable Management management, int year, @Nullable MembershipStatus membershipStatus,
        @Nullable String text) {

    public static CentreFilter forYear(int year) {
        return new CentreFilter(null, null, null, null, year, null, null);
    }
}
