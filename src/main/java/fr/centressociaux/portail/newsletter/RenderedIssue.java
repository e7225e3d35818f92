package fr.centressociaux.portail.newsletter;

/** An issue as one recipient reads it: the same content as HTML and as plain text. */
public record RenderedIssue(String subject, String html, String text) {
}
