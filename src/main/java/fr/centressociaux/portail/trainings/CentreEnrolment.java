package fr.centressociaux.portail.trainings;

/** One enrolment of a centre's person, with its session and training: a centre's training record. */
public record CentreEnrolment(Enrolment enrolment, TrainingSession session, Training training) {
}
