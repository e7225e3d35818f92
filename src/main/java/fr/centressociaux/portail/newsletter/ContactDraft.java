package fr.centressociaux.portail.newsletter;

import java.util.Set;

import fr.centressociaux.portail.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A contact without an account, as a director lists their centre's board members and staff, or
 * staff list a partner (no centre): who, which lists.
 */
public record ContactDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 120, message = "{portal.validation.too-long}") String name,
        @NotBlank(message = "{portal.validation.required}") @EmailAddress String email,
        @Size(max = 120, message = "{portal.validation.too-long}") @Nullable String function,
        @Nullable String centreId,
        @NotEmpty(message = "{portal.validation.required}") Set<String> listIds) {

    public ContactDraft {
        listIds = Set.copyOf(listIds);
    }
}
