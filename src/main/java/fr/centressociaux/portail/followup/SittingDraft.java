package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A sitting of a partner body the federation attended: when, who went, what was discussed. */
public record SittingDraft(
        @NotNull(message = "{portal.validation.required}") @PortalYear @Nullable LocalDate on,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 300, message = "{portal.validation.followup.too-long}") String attendees,
        @Size(max = 1_000, message = "{portal.validation.followup.too-long}") String subjects) {

    public SittingDraft {
        attendees = attendees == null ? "" : attendees.strip();
        subjects = subjects == null ? "" : subjects.strip();
    }
}
