package fr.centressociaux.portail.trainings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import org.jspecify.annotations.Nullable;

/**
 * A person as their director enrols them: name, employee or volunteer, and job. Field names for
 * problems: {@code firstName}, {@code lastName}, {@code kind}, {@code job}.
 */
public record TraineeDraft(@Nullable String firstName, @Nullable String lastName, @Nullable ParticipantKind kind,
        @Nullable Job job) {
}
