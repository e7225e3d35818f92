package fr.centressociaux.portail.meetings;

/** A file to hand to the browser. */
public record FileDownload(String name, String contentType, byte[] content) {
}
