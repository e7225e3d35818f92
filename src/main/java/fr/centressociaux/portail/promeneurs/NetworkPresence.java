package fr.centressociaux.portail.promeneurs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A professional account on a social network: the network and the handle or address. */
public record NetworkPresence(
        @NotNull(message = "{portal.validation.required}") @Nullable SocialNetwork network,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 200, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}")
        String handle) {
}
