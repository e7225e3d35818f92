package fr.centressociaux.portail.trainings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person as their director enrols them: name, employee or volunteer, and job. Problems are told
 * under the components' names.
 */
public record TraineeDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = TraineeDraft.MAX_NAME, message = "{portal.validation.too-long}") @Nullable String firstName,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = TraineeDraft.MAX_NAME, message = "{portal.validation.too-long}") @Nullable String lastName,
        @NotNull(message = "{portal.validation.required}") @Nullable ParticipantKind kind,
        @NotNull(message = "{portal.validation.required}") @Nullable Job job) {

    public static final int MAX_NAME = 80;
}
