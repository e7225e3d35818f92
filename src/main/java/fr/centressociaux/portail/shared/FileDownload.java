package fr.centressociaux.portail.shared;

/** A file to hand to the browser. */
public record FileDownload(String name, String contentType, byte[] content) {
}
