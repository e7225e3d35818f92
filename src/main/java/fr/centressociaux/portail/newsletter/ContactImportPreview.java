package fr.centressociaux.portail.newsletter;

import java.util.List;

import fr.centressociaux.portail.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The rows of a contact file as they would be written, each with its problems. */
public record ContactImportPreview(List<Row> rows) {

    public ContactImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(row -> !row.problems().isEmpty());
    }

    /** One line of the file: its number in the spreadsheet, what it says and what is wrong with it. */
    public record Row(int line, String name, String email, @Nullable String function, @Nullable String centre,
            List<FieldProblem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }
}
