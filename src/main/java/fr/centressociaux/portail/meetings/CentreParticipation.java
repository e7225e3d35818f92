package fr.centressociaux.portail.meetings;

/** A meeting in a centre's participation history: how many of its people were present. */
public record CentreParticipation(Meeting meeting, String kindName, int present) {
}
