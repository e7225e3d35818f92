package fr.centressociaux.portail.trainings;

/** A session in a list, with its training, its status today and how many people are waiting. */
public record SessionRow(TrainingSession session, Training training, SessionStatus status, int waiting) {
}
