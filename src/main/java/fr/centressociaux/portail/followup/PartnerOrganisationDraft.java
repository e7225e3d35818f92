package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partner organisation as staff add it to the register. */
public record PartnerOrganisationDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 120, message = "{portal.validation.followup.too-long}") String name,
        @NotNull(message = "{portal.validation.required}") @Nullable PartnerKind kind,
        @Nullable Department department,
        @Size(max = 200, message = "{portal.validation.followup.too-long}") String area) {

    public PartnerOrganisationDraft {
        name = name == null ? "" : name.strip();
        area = area == null ? "" : area.strip();
    }
}
