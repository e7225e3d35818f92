package fr.centressociaux.portail.documents;

/**
 * A picture drawn for a chapter (a chart), as SVG, with its text alternative. Documents print the
 * text alternative under the chapter's table; embedding the picture itself is the charts work's
 * (DD018, DD019).
 */
public record Illustration(String altText, byte[] svg) {
}
