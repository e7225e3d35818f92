package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.promeneurs.PromeneurRegister.Registration;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.TableReader;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An existing directory from a CSV or XLSX file, columns "Prénom", "Nom", "Courriel", "Fonction",
 * "Employeur" (a member centre's or a structure's name, with its commune in brackets when two
 * share it), "Date du label", and optionally "Téléphone": first a preview with each row's problems
 * (the register's own checks, an unknown employer, a date that is none, a person known already or
 * twice in the file), then, only when no row has one, every row registered as labelled from its
 * date. The coordinator's work only (DD015).
 */
@Service
public class ProfessionalImport {

    static final int MAX_LINES = 3_000;
    private static final List<String> REQUIRED = List.of("Prénom", "Nom", "Courriel", "Fonction", "Employeur",
            "Date du label");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final PromeneurRegister register;
    private final PromeneurStructures structures;
    private final PromeneurAccess access;

    ProfessionalImport(PromeneurRegister register, PromeneurStructures structures, PromeneurAccess access) {
        this.register = register;
        this.structures = structures;
        this.access = access;
    }

    /** Each row of the file as it would be registered, with its problems; nothing is saved. */
    @PreAuthorize("isAuthenticated()")
    public ProfessionalImportPreview preview(byte[] content) {
        access.checkRunTheNetwork();
        return new ProfessionalImportPreview(read(content).stream().map(Read::row).toList());
    }

    /** Registers every row of the file, or none when a row has a problem; returns how many. */
    @PreAuthorize("isAuthenticated()")
    public int apply(byte[] content) {
        access.checkRunTheNetwork();
        List<Read> rows = read(content);
        if (rows.isEmpty() || rows.stream().anyMatch(read -> !read.row().problems().isEmpty())) {
            throw new UserFacingException("promeneurs.import.has-errors");
        }
        rows.forEach(read -> register.insert(read.draft(), read.first(),
                Objects.requireNonNull(read.registration().placement())));
        return rows.size();
    }

    /** A row read: what it shows, the drafts it makes and what the register said of them. */
    private record Read(ProfessionalImportPreview.Row row, ProfessionalDraft draft, StatusChangeDraft first,
            Registration registration) {
    }

    private List<Read> read(byte[] content) {
        Table table = TableReader.read(content, MAX_LINES);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.putIfAbsent(SearchKeys.of(table.header().get(i)), i);
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(SearchKeys.of(column))) {
                throw new UserFacingException("promeneurs.import.missing-column", column);
            }
        }
        Map<String, EmployerChoice> employers = employersByName();
        Set<String> emails = new HashSet<>();
        Set<String> people = new HashSet<>();
        List<Read> rows = new ArrayList<>();
        for (Table.Line line : table.lines()) {
            rows.add(read(line, columns, employers, emails, people));
        }
        return rows;
    }

    private Read read(Table.Line line, Map<String, Integer> columns, Map<String, EmployerChoice> employers,
            Set<String> emails, Set<String> people) {
        String employerText = cell(line, columns, "Employeur");
        EmployerChoice employer = employers.get(SearchKeys.of(employerText));
        String dateText = cell(line, columns, "Date du label");
        LocalDate labelled = date(dateText);
        ProfessionalDraft draft = new ProfessionalDraft(cell(line, columns, "Prénom"), cell(line, columns, "Nom"),
                cell(line, columns, "Courriel"), blankToNull(cell(line, columns, "Téléphone")),
                cell(line, columns, "Fonction"), employer == null ? null : employer.centreId(),
                employer == null ? null : employer.structureId(), null, null, List.of(), null, null, "");
        StatusChangeDraft first = new StatusChangeDraft(ProfessionalStatus.LABELLED, labelled, null);
        Registration registration = register.check(draft, first);
        Problems problems = registration.problems();
        if (employer == null) {
            problems.add("employer", "promeneurs.import.unknown-employer", employerText);
        }
        if (labelled == null && !dateText.isEmpty()) {
            problems.add("on", "promeneurs.import.not-a-date", dateText);
        }
        if (!registration.namesakes().isEmpty()) {
            problems.add("lastName", "promeneurs.import.namesake", registration.namesakes().getFirst().fullName());
        }
        if (!draft.email().isBlank() && !emails.add(EmailAddresses.normalise(draft.email()))) {
            problems.add("email", "promeneurs.import.email-twice", draft.email());
        }
        String person = Professional.nameKey(draft.firstName().strip(), draft.lastName().strip()) + "|" + employerText;
        if (employer != null && !people.add(SearchKeys.of(person))) {
            problems.add("lastName", "promeneurs.import.person-twice");
        }
        var row = new ProfessionalImportPreview.Row(line.number(), (draft.firstName() + " " + draft.lastName()).strip(),
                draft.email(), employerText, problems.list());
        return new Read(row, draft, first, registration);
    }

    /** The department's employers by name, and by name with the commune in brackets. */
    private Map<String, EmployerChoice> employersByName() {
        Map<String, EmployerChoice> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (EmployerChoice choice : structures.employerChoices(Department.PAS_DE_CALAIS)) {
            byName.put(SearchKeys.of(choice.label()), choice);
            int bracket = choice.label().lastIndexOf(" (");
            String name = SearchKeys.of(bracket < 0 ? choice.label() : choice.label().substring(0, bracket));
            if (byName.putIfAbsent(name, choice) != null) {
                shared.add(name);
            }
        }
        // A name two employers share must be given with its commune.
        shared.forEach(byName::remove);
        return byName;
    }

    private static String cell(Table.Line line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(SearchKeys.of(column));
        return index == null ? "" : line.cell(index).strip();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A French date (12/03/2021) or an ISO one (2021-03-12, as a workbook's date cell reads). */
    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(FRENCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return null;
    }
}
