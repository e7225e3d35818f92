package fr.centressociaux.portail.trainings;

import org.jspecify.annotations.Nullable;

/** A person of a session as lists show them: the enrolment and, when waiting, their place in the line (1 = next). */
public record EnrolmentLine(Enrolment enrolment, @Nullable Integer waitingPosition) {
}
