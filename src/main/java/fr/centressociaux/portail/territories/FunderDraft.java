package fr.centressociaux.portail.territories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What admins edit of a department's funder: its name and the mention printed on attendance sheets. */
public record FunderDraft(
        @NotBlank(message = "{portal.validation.funder.name}") @Size(max = 120, message = "{portal.validation.funder.name}")
        String name,
        @NotBlank(message = "{portal.validation.funder.mention}")
        @Size(max = 250, message = "{portal.validation.funder.mention}")
        String mention) {
}
