package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partner body (schéma enfance-famille, SDAVS, CRAJEP…) and the federation's mandate in it. */
public record PartnerBodyDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 120, message = "{portal.validation.followup.too-long}") String name,
        @NotNull(message = "{portal.validation.required}") @Nullable BodyLevel level,
        @Nullable Department department,
        @Size(max = 300, message = "{portal.validation.followup.too-long}") String mandate) {

    public PartnerBodyDraft {
        name = name == null ? "" : name.strip();
        mandate = mandate == null ? "" : mandate.strip();
    }
}
