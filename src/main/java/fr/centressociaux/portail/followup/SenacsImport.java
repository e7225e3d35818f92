package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.followup.internal.SenacsAnswerRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.TableReader;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The SENACS observatory's completion list of a year (CSV or XLSX, columns "Structure" and "Statut",
 * "SIRET" when the export has it): first a preview with each row's problems (a structure that is not
 * a member centre of the year, an unknown status, a centre twice), then, only when no row has one,
 * every status recorded. The answers' ids are {@code year:centreId}, so importing the same file again
 * changes nothing. Admins only: the export covers the whole network.
 */
@Service
public class SenacsImport {

    static final int MAX_LINES = 2_000;

    /** The observatory's wordings (as search keys) and what they mean here. */
    private static final Map<String, SenacsStatus> WORDINGS = Map.ofEntries(
            Map.entry("non commence", SenacsStatus.NOT_STARTED), Map.entry("non commencee", SenacsStatus.NOT_STARTED),
            Map.entry("a faire", SenacsStatus.NOT_STARTED), Map.entry("en cours", SenacsStatus.IN_PROGRESS),
            Map.entry("en cours de saisie", SenacsStatus.IN_PROGRESS), Map.entry("transmis", SenacsStatus.SUBMITTED),
            Map.entry("transmise", SenacsStatus.SUBMITTED), Map.entry("soumis", SenacsStatus.SUBMITTED),
            Map.entry("complete", SenacsStatus.SUBMITTED), Map.entry("valide", SenacsStatus.VALIDATED),
            Map.entry("validee", SenacsStatus.VALIDATED));

    private final MembershipMovements memberships;
    private final SenacsAnswerRepository answers;
    private final FollowupAccess access;
    private final InputValidation validation;

    SenacsImport(MembershipMovements memberships, SenacsAnswerRepository answers, FollowupAccess access,
            InputValidation validation) {
        this.memberships = memberships;
        this.answers = answers;
        this.access = access;
        this.validation = validation;
    }

    /** Each row of the file as it would be recorded, with its problems; nothing is saved. */
    @PreAuthorize("hasRole('ADMIN')")
    public SenacsImportPreview preview(int year, byte[] content) {
        access.checkAdmin();
        return read(year, content);
    }

    /** Records every row's status, or nothing when a row has a problem; returns how many were recorded. */
    @PreAuthorize("hasRole('ADMIN')")
    public int apply(int year, byte[] content) {
        access.checkAdmin();
        SenacsImportPreview preview = read(year, content);
        if (preview.hasErrors()) {
            throw new UserFacingException("followup.senacs.import.has-errors");
        }
        Map<String, Centre> members = membersById(year);
        Map<String, SenacsAnswer> existing = new HashMap<>();
        answers.findByYear(year).forEach(answer -> existing.put(answer.getCentreId(), answer));
        List<SenacsAnswer> changed = new ArrayList<>();
        for (SenacsImportPreview.Row row : preview.rows()) {
            Centre centre = members.get(row.centreId());
            SenacsAnswer answer = existing.getOrDefault(row.centreId(), new SenacsAnswer(year, row.centreId(),
                    centre.getDepartment(), centre.territoryOn(LocalDate.of(year, 6, 30)).orElse(null), row.status()));
            answer.change(row.status());
            changed.add(answer);
        }
        answers.saveAll(changed);
        return changed.size();
    }

    private SenacsImportPreview read(int year, byte[] content) {
        Table table = TableReader.read(content, MAX_LINES);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.putIfAbsent(SearchKeys.of(table.header().get(i)), i);
        }
        for (String column : List.of("structure", "statut")) {
            if (!columns.containsKey(column)) {
                throw new UserFacingException("followup.senacs.import.missing-column", column);
            }
        }
        Map<String, Centre> byName = new HashMap<>();
        Map<String, Centre> bySiret = new HashMap<>();
        for (Centre centre : membersById(year).values()) {
            byName.put(SearchKeys.of(centre.getProfile().name()), centre);
            if (centre.getProfile().siret() != null) {
                bySiret.put(centre.getProfile().siret(), centre);
            }
        }
        Set<String> seen = new HashSet<>();
        List<SenacsImportPreview.Row> rows = new ArrayList<>();
        for (Table.Line line : table.lines()) {
            String structure = line.cell(columns.get("structure")).strip();
            String siret = columns.containsKey("siret") ? line.cell(columns.get("siret")).replace(" ", "").strip() : "";
            String statusText = line.cell(columns.get("statut")).strip();
            Problems problems = validation.none();
            Centre centre = siret.isEmpty() ? byName.get(SearchKeys.of(structure)) : bySiret.get(siret);
            if (centre == null) {
                problems.add("structure", "followup.senacs.import.unknown-centre", structure,
                        String.valueOf(year));
            } else if (!seen.add(centre.getId())) {
                problems.add("structure", "followup.senacs.import.twice", structure);
            }
            SenacsStatus status = WORDINGS.get(SearchKeys.of(statusText));
            if (status == null) {
                problems.add("status", "followup.senacs.import.unknown-status", statusText);
            }
            rows.add(new SenacsImportPreview.Row(line.number(), structure, centre == null ? null : centre.getId(),
                    status, problems.list()));
        }
        return new SenacsImportPreview(year, rows);
    }

    private Map<String, Centre> membersById(int year) {
        Map<String, Centre> members = new HashMap<>();
        memberships.membersDuring(year, null).forEach(centre -> members.put(centre.getId(), centre));
        return members;
    }
}
