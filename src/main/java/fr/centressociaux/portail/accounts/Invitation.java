package fr.centressociaux.portail.accounts;

import fr.centressociaux.portail.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin enters to invite someone, bound as a draft by the invitation dialog (DD009) and
 * checked again by {@link AccountService#invite}: an address, a name, a role, and for a funder its
 * department (in the scope).
 */
@FunderWithDepartment
public record Invitation(
        @NotBlank(message = "{portal.validation.invite.email}") @EmailAddress(message = "{portal.validation.invite.email}") String email,
        @NotBlank(message = "{portal.validation.invite.name}") @Size(max = 120, message = "{portal.validation.invite.name}") String displayName,
        @NotNull(message = "{portal.validation.invite.role}") Role role, AccountScope scope) {
}
