package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An event of the network: kind, title, date, department, and a territory for exchange half-days. */
public record PdnEventDraft(
        @NotNull(message = "{portal.validation.required}") @Nullable PdnEventKind kind,
        @NotBlank(message = "{portal.validation.required}") @Size(max = 160, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String title,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate date,
        @NotNull(message = "{portal.validation.required}") @Nullable Department department,
        @Nullable String territoryId) {
}
