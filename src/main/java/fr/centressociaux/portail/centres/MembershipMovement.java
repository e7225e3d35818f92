package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * A centre that joined or left the federation in a year, with the territory it belonged to on
 * that date and why it left: one line of "the change in territorial coverage" (fiche action 1).
 */
public record MembershipMovement(String centreId, String centreName, Department department,
        @Nullable String territoryId, Direction direction, LocalDate on, @Nullable String reason) {

    public enum Direction {
        JOINED,
        LEFT
    }
}
