package fr.centressociaux.portail.centres;

import fr.centressociaux.portail.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The person holding the director or chair role, linked to their account when they have one. */
public record RoleHolder(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 120, message = "{portal.validation.too-long}") String name,
        @EmailAddress @Nullable String email, @Nullable String accountId) {
}
