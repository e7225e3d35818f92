package fr.centressociaux.portail.followup;

import java.util.List;

import fr.centressociaux.portail.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The rows of the observatory's SENACS file as they would be recorded, each with its problems. */
public record SenacsImportPreview(int year, List<Row> rows) {

    public SenacsImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(row -> !row.problems().isEmpty());
    }

    /** One line of the file: its number, the structure it names, the centre found and the status read. */
    public record Row(int line, String structure, @Nullable String centreId, @Nullable SenacsStatus status,
            List<FieldProblem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }
}
