package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import org.jspecify.annotations.Nullable;

/** A person as a director registers them or an organiser adds them: name and kind. */
public record PersonDraft(String firstName, String lastName, @Nullable ParticipantKind kind) {
}
