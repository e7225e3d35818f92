package fr.centressociaux.portail.documents;

import java.util.List;

/**
 * A block of a narrative as documents lay it out: what staff wrote in Markdown reduced to headings,
 * paragraphs, list items and tables of plain text, with bold and italic runs. Raw HTML is left out.
 */
public sealed interface NarrativeBlock {

    /** A piece of text with its emphasis. */
    record Run(String text, boolean bold, boolean italic) {
    }

    record Heading(int level, List<Run> runs) implements NarrativeBlock {
    }

    record Paragraph(List<Run> runs) implements NarrativeBlock {
    }

    /** A list item, {@code depth} 0 at the outer list; {@code marker} is "•" or "3.". */
    record ListItem(int depth, String marker, List<Run> runs) implements NarrativeBlock {
    }

    /** A table, its first row the header. */
    record Table(List<List<String>> rows) implements NarrativeBlock {
    }

    static Paragraph plain(String text) {
        return new Paragraph(List.of(new Run(text, false, false)));
    }
}
