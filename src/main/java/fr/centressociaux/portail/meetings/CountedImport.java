package fr.centressociaux.portail.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.TableReader;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Counted lines from a CSV or XLSX file with the columns "Centre", "Structure", "Type" and
 * "Nombre" (a published table of a past event): first a preview with each row's problems (an
 * unknown centre, an unknown kind, an absurd number, a line twice), then, only when no row has
 * one, the rows added to the meeting's lines at once.
 */
@Service
public class CountedImport {

    static final int MAX_LINES = 2_000;
    static final List<String> COLUMNS = List.of("centre", "structure", "type", "nombre");

    private final CountedAttendance counted;
    private final InputValidation validation;

    CountedImport(CountedAttendance counted, InputValidation validation) {
        this.counted = counted;
        this.validation = validation;
    }

    /** Each row of the file as it would be added, with its problems; nothing is saved. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public CountedImportPreview preview(String meetingId, byte[] content) {
        return read(counted.managed(meetingId), content);
    }

    /** Adds the file's rows to the meeting's lines, or nothing when a row has a problem. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting apply(String meetingId, byte[] content) {
        Meeting meeting = counted.managed(meetingId);
        CountedImportPreview preview = read(meeting, content);
        if (preview.hasErrors()) {
            throw new UserFacingException("meeting.counted.import.has-errors");
        }
        List<CountedLineDraft> all = new ArrayList<>(meeting.getCountedLines().stream().map(CountedLineDraft::of)
                .toList());
        preview.rows().forEach(row -> all.add(row.draft()));
        return counted.save(meetingId, all);
    }

    private CountedImportPreview read(Meeting meeting, byte[] content) {
        Table table = TableReader.read(content, MAX_LINES);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.putIfAbsent(SearchKeys.of(table.header().get(i)), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new UserFacingException("meeting.counted.import.missing-column", column);
            }
        }
        Map<String, String> centresByName = new HashMap<>();
        counted.centres(meeting.getId()).forEach(centre -> centresByName.put(SearchKeys.of(centre.name()),
                centre.centreId()));
        List<CountedImportPreview.Row> rows = new ArrayList<>();
        for (Table.Line line : table.lines()) {
            rows.add(row(line, columns, centresByName));
        }
        return new CountedImportPreview(withLineProblems(meeting, rows));
    }

    private CountedImportPreview.Row row(Table.Line line, Map<String, Integer> columns,
            Map<String, String> centresByName) {
        Problems problems = validation.none();
        String centre = line.cell(columns.get("centre")).strip();
        String structure = line.cell(columns.get("structure")).strip();
        String kindText = line.cell(columns.get("type")).strip();
        String countText = line.cell(columns.get("nombre")).strip();
        String centreId = null;
        if (!centre.isEmpty()) {
            centreId = centresByName.get(SearchKeys.of(centre));
            if (centreId == null) {
                problems.add("centreId", "meeting.counted.import.unknown-centre", centre);
            }
        }
        ParticipantKind kind = kind(kindText);
        if (kind == null && !kindText.isEmpty()) {
            problems.add("kind", "meeting.counted.import.unknown-kind", kindText);
        }
        Integer count = null;
        if (!countText.isEmpty()) {
            try {
                count = Integer.valueOf(countText.replace(" ", "").replace("\u00a0", ""));
            } catch (NumberFormatException e) {
                problems.add("count", "meeting.counted.import.not-a-number", countText);
            }
        }
        CountedLineDraft draft = new CountedLineDraft(centreId, centreId == null ? structure : "", kind, count);
        return new CountedImportPreview.Row(line.number(), centre.isEmpty() ? structure : centre, kind, count,
                draft, problems.list());
    }

    /** The meeting's rules (counts, membership, duplicates) on the rows read well, after its own lines. */
    private List<CountedImportPreview.Row> withLineProblems(Meeting meeting, List<CountedImportPreview.Row> rows) {
        List<CountedLineDraft> drafts = new ArrayList<>(meeting.getCountedLines().stream()
                .map(CountedLineDraft::of).toList());
        List<Integer> rowOfDraft = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).problems().stream().noneMatch(problem -> problem.field().equals("centreId"))) {
                rowOfDraft.add(i);
                drafts.add(rows.get(i).draft());
            }
        }
        int own = meeting.getCountedLines().size();
        List<List<FieldProblem>> problems = new ArrayList<>(rows.stream()
                .map(row -> (List<FieldProblem>) new ArrayList<>(row.problems())).toList());
        // Problems come as lines[i].field; the file's rows follow the meeting's own lines.
        for (FieldProblem problem : counted.problems(meeting, drafts).list()) {
            int index = Integer.parseInt(problem.field().substring(6, problem.field().indexOf(']')));
            if (index >= own) {
                String field = problem.field().substring(problem.field().indexOf('.') + 1);
                List<FieldProblem> ofRow = problems.get(rowOfDraft.get(index - own));
                if (ofRow.stream().noneMatch(known -> known.field().equals(field))) {
                    ofRow.add(new FieldProblem(field, problem.messageKey(), problem.message()));
                }
            }
        }
        List<CountedImportPreview.Row> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CountedImportPreview.Row row = rows.get(i);
            checked.add(new CountedImportPreview.Row(row.line(), row.who(), row.kind(), row.count(), row.draft(),
                    problems.get(i)));
        }
        return checked;
    }

    static @Nullable ParticipantKind kind(String text) {
        String key = SearchKeys.of(text);
        if (key.startsWith("salari") || key.equals("employee")) {
            return ParticipantKind.EMPLOYEE;
        }
        if (key.startsWith("benevol") || key.equals("volunteer")) {
            return ParticipantKind.VOLUNTEER;
        }
        if (key.startsWith("habitant") || key.equals("inhabitant")) {
            return ParticipantKind.INHABITANT;
        }
        if (key.startsWith("partenaire") || key.equals("partner")) {
            return ParticipantKind.PARTNER;
        }
        return null;
    }
}
