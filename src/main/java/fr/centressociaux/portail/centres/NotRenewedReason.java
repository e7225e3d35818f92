package fr.centressociaux.portail.centres;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why centres that did not answer a membership campaign are not renewed; kept in their change history. */
public record NotRenewedReason(
        @NotBlank(message = "{portal.validation.campaign.reason.required}")
        @Size(max = NotRenewedReason.MAX_LENGTH, message = "{portal.validation.campaign.reason.size}") String reason) {

    public static final int MAX_LENGTH = 200;

    public NotRenewedReason {
        reason = reason == null ? "" : reason.strip();
    }
}
