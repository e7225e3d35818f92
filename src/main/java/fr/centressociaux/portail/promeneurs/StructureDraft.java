package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A structure outside the network as the coordinator types it. */
public record StructureDraft(
        @NotBlank(message = "{portal.validation.required}") @Size(max = 160, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String name,
        @NotNull(message = "{portal.validation.required}") @Nullable StructureKind kind,
        @NotBlank(message = "{portal.validation.required}") @Size(max = 80, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String commune,
        @NotNull(message = "{portal.validation.required}") @Nullable Department department) {
}
