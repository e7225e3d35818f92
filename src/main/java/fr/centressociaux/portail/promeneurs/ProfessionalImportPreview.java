package fr.centressociaux.portail.promeneurs;

import java.util.List;

import fr.centressociaux.portail.shared.FieldProblem;

/** The rows of a directory file as they would be registered, each with its problems. */
public record ProfessionalImportPreview(List<Row> rows) {

    public ProfessionalImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(row -> !row.problems().isEmpty());
    }

    /** One line of the file: its number in the spreadsheet, who and where, and what is wrong with it. */
    public record Row(int line, String name, String email, String employer, List<FieldProblem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }
}
