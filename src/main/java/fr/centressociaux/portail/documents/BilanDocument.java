package fr.centressociaux.portail.documents;

import java.util.List;

import fr.centressociaux.portail.reporting.BilanLine;
import org.jspecify.annotations.Nullable;

/**
 * What a Word, PDF or Excel bilan says, ready to be laid out: the title block, one chapter per fiche
 * action with its two-column table (the objective; its narrative and figures), and the annexes. A
 * fiche territoire is written the same way. {@code emptyNotice} is the sentence a document starts
 * with when the year has nothing recorded.
 */
public record BilanDocument(String title, List<String> heading, int year, Columns columns, List<Chapter> chapters,
        List<Annex> annexes, @Nullable String emptyNotice) {

    public BilanDocument {
        heading = List.copyOf(heading);
        chapters = List.copyOf(chapters);
        annexes = List.copyOf(annexes);
    }

    /** The headings of the two columns of each chapter's table ("Objectifs", "Bilan 2024"). */
    public record Columns(String left, String right) {
    }

    /** A fiche action: its objectives, and the pictures another module draws for it (charts). */
    public record Chapter(String title, List<Objective> objectives, List<Illustration> illustrations) {
        public Chapter {
            objectives = List.copyOf(objectives);
            illustrations = List.copyOf(illustrations);
        }
    }

    /** A row of a chapter's table: the objective, its narrative, its indicators' figures. */
    public record Objective(String title, List<NarrativeBlock> narrative, List<BilanLine> lines) {
        public Objective {
            narrative = List.copyOf(narrative);
            lines = List.copyOf(lines);
        }
    }

    /**
     * A table after the chapters (the year's attendance sheets, the training bilan). Cells are text,
     * numbers or dates, so the spreadsheet keeps their type; {@code note} replaces an empty table.
     * {@code tab}: the short name of its sheet in the workbook.
     */
    public record Annex(String title, String tab, List<String> columns, List<List<@Nullable Object>> rows, String note) {
        public Annex {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public List<BilanLine> lines() {
        return chapters.stream().flatMap(chapter -> chapter.objectives().stream())
                .flatMap(objective -> objective.lines().stream()).toList();
    }
}
