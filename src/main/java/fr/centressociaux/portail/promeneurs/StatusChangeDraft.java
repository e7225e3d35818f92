package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A new status from a date; leaving needs its reason. */
public record StatusChangeDraft(
        @NotNull(message = "{portal.validation.required}") @Nullable ProfessionalStatus status,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate on,
        @Nullable LeavingReason reason) {
}
