package fr.centressociaux.portail.followup;

/** The minutes of a sitting as the body keeps them: where the bytes are, and how to serve them. */
public record MinutesFile(String fileId, String name, String contentType, long size) {
}
