package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person as a director registers them or an organiser adds them: name and kind. */
public record PersonDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = PersonDraft.MAX_NAME, message = "{portal.validation.too-long}") String firstName,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = PersonDraft.MAX_NAME, message = "{portal.validation.too-long}") String lastName,
        @NotNull(message = "{portal.validation.required}") @Nullable ParticipantKind kind) {

    public static final int MAX_NAME = 80;
}
