package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A partner body (schéma enfance-famille, SDAVS, CRAJEP…), the federation's mandate in it, and the
 * partner organisation of the register that convenes it, if known.
 */
public record PartnerBodyDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 120, message = "{portal.validation.followup.too-long}") String name,
        @NotNull(message = "{portal.validation.required}") @Nullable BodyLevel level,
        @Nullable Department department,
        @Size(max = 300, message = "{portal.validation.followup.too-long}") String mandate,
        @Nullable String convenerId) {

    /** A body without a convener named in the register. */
    public PartnerBodyDraft(String name, @Nullable BodyLevel level, @Nullable Department department, String mandate) {
        this(name, level, department, mandate, null);
    }

    public PartnerBodyDraft {
        name = name == null ? "" : name.strip();
        mandate = mandate == null ? "" : mandate.strip();
    }
}
