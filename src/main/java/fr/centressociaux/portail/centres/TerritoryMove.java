package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A centre's move to another territory from a date, as staff choose it. The service adds what only
 * it knows: the territory exists on that date.
 */
public record TerritoryMove(@NotNull(message = "{portal.validation.required}") @Nullable String territoryId,
        @NotNull(message = "{portal.validation.required}") @PortalYear @Nullable LocalDate from) {
}
