package fr.centressociaux.portail.newsletter;

import fr.centressociaux.portail.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types on the public subscription page. */
public record SubscriptionRequest(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 120, message = "{portal.validation.too-long}") String name,
        @NotBlank(message = "{portal.validation.required}") @EmailAddress String email,
        @NotBlank(message = "{portal.validation.required}") String listId) {
}
