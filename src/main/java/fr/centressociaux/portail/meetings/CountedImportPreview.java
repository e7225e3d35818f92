package fr.centressociaux.portail.meetings;

import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The rows of a counted-attendance file as they would be added, each with its problems. */
public record CountedImportPreview(List<Row> rows) {

    public CountedImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(row -> !row.problems().isEmpty());
    }

    /** One line of the file: its number in the spreadsheet, what it says and what is wrong with it. */
    public record Row(int line, String who, @Nullable ParticipantKind kind, @Nullable Integer count,
            CountedLineDraft draft, List<FieldProblem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }
}
