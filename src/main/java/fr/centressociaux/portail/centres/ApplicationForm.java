package fr.centressociaux.portail.centres;

import fr.centressociaux.portail.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a structure sends to join: its profile (validated on its own, under its fields' names), the
 * territory it belongs to, its director. The {@code honeypot} is a field hidden from people:
 * anything in it means a robot filled the form.
 */
public record ApplicationForm(CentreProfile profile,
        @NotBlank(message = "{portal.validation.application.territory}") String territoryId,
        @NotBlank(message = "{portal.validation.application.director-name}")
        @Size(max = 120, message = "{portal.validation.application.director-name}") String directorName,
        @NotBlank(message = "{portal.validation.email}") @EmailAddress String directorEmail,
        String honeypot) {
}
