package fr.centressociaux.portail.centres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Table;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import org.jspecify.annotations.Nullable;

import static fr.centressociaux.portail.centres.CentreColumn.*;

/**
 * Reads one line of an import file into an {@link ImportedRow}. The profile is checked by
 * the profile's constraints, figures, approval and membership by the same checks as the forms;
 * this class only adds what a spreadsheet needs: parsing text, territory codes, people, pairs of
 * columns that go together. Every problem is kept, in French, against its column.
 */
final class ImportRowReader {

    static final int MAX_REASON = 500;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Thousands separators as spreadsheets write them: space, no-break and narrow no-break space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]");
    private static final Map<String, CentreColumn> PROFILE_FIELDS = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("kind", KIND), Map.entry("management", MANAGEMENT), Map.entry("street", STREET),
            Map.entry("postalCode", POSTAL_CODE), Map.entry("commune", COMMUNE), Map.entry("epci", EPCI),
            Map.entry("email", EMAIL), Map.entry("phone", PHONE), Map.entry("website", WEBSITE),
            Map.entry("siret", SIRET));

    private final Map<CentreColumn, Integer> columns;
    private final Map<CentreColumn, String> headers;
    private final Map<String, Territory> territoriesByCode;
    private final CentreService centres;
    private final Texts texts;
    private final LocalDate today;
    private final int figuresYear;

    ImportRowReader(Map<CentreColumn, Integer> columns, Map<CentreColumn, String> headers,
            Map<String, Territory> territoriesByCode, CentreService centres, Texts texts, LocalDate today,
            int figuresYear) {
        this.columns = Map.copyOf(columns);
        this.headers = Map.copyOf(headers);
        this.territoriesByCode = Map.copyOf(territoriesByCode);
        this.centres = centres;
        this.texts = texts;
        this.today = today;
        this.figuresYear = figuresYear;
    }

    /** The text of a cell, stripped; empty when the column is not in the file. */
    String value(Table.Line line, CentreColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : line.cell(index);
    }

    ImportedRow read(Table.Line line, @Nullable Centre existing) {
        Reading reading = new Reading(line, existing);
        CentreProfile profile = reading.profile();
        Territory territory = reading.territory(profile);
        return new ImportedRow(line.number(), profile, territory, reading.approval(), reading.figures(),
                reading.person(DIRECTOR_NAME, DIRECTOR_EMAIL, existing == null ? null : existing.getDirector()),
                reading.person(CHAIR_NAME, CHAIR_EMAIL, existing == null ? null : existing.getChair()),
                reading.departure(), reading.errors);
    }

    /** The reading of one line: its cells, the centre it updates, the problems found so far. */
    private final class Reading {

        private final Table.Line line;
        private final @Nullable Centre existing;
        private final List<ImportError> errors = new ArrayList<>();

        Reading(Table.Line line, @Nullable Centre existing) {
            this.line = line;
            this.existing = existing;
        }

        CentreProfile profile() {
            CentreProfile old = existing == null ? null : existing.getProfile();
            CentreProfile profile = new CentreProfile(text(NAME), choice(KIND, ImportRowReader::kind, "import.rule.kind"),
                    choice(MANAGEMENT, ImportRowReader::management, "import.rule.management"), text(STREET),
                    text(POSTAL_CODE), text(COMMUNE), optional(EPCI, old, CentreProfile::epci),
                    optional(EMAIL, old, CentreProfile::email), optional(PHONE, old, CentreProfile::phone),
                    optional(WEBSITE, old, CentreProfile::website), optional(SIRET, old, CentreProfile::siret));
            List<FieldProblem> problems = centres.problemsOf(profile);
            for (FieldProblem problem : problems) {
                CentreColumn column = PROFILE_FIELDS.get(problem.field());
                if (!hasError(column)) {
                    refused(column, problem);
                }
            }
            checkDepartment(profile);
            return problems.isEmpty() ? CentreProfiles.tidy(profile) : profile;
        }

        private void checkDepartment(CentreProfile profile) {
            String given = text(DEPARTMENT);
            Optional<Department> ofPostalCode = Department.ofPostalCode(profile.postalCode());
            if (given.isEmpty() || ofPostalCode.isEmpty()) {
                return;
            }
            Optional<Department> department = Department.ofCode(given).or(() -> Arrays
                    .stream(Department.values()).filter(d -> SearchKeys.of(texts.get(d.labelKey())).startsWith(
                            SearchKeys.of(given))).findFirst());
            if (department.isEmpty() || department.get() != ofPostalCode.get()) {
                error(DEPARTMENT, "import.rule.department", texts.get(ofPostalCode.get().labelKey()));
            }
        }

        @Nullable Territory territory(CentreProfile profile) {
            String code = text(TERRITORY);
            if (code.isEmpty()) {
                error(TERRITORY, "centre.rule.required");
                return null;
            }
            Territory territory = territoriesByCode.get(code.toUpperCase(Locale.ROOT));
            if (territory == null) {
                error(TERRITORY, "import.rule.territory-unknown", code, String.join(", ", territoriesByCode.keySet()
                        .stream().filter(known -> territoriesByCode.get(known).isValidOn(today)).sorted().toList()));
            } else if (!territory.isValidOn(today)) {
                error(TERRITORY, "import.rule.territory-closed", territory.getCode(), territory.getName());
            } else if (Department.ofPostalCode(profile.postalCode()).filter(d -> d != territory.getDepartment())
                    .isPresent()) {
                error(TERRITORY, "application.rule.territory-department");
            }
            return territory;
        }

        @Nullable Approval approval() {
            if (!columns.containsKey(APPROVAL_START)) {
                return existing == null ? null : existing.getApproval();
            }
            LocalDate start = date(APPROVAL_START);
            LocalDate end = date(APPROVAL_END);
            requireBlankOrFilled(APPROVAL_START, APPROVAL_END);
            if (start == null || end == null) {
                return null;
            }
            // The file knows the dates only: the same approval (same start) keeps its kind and renewal steps.
            Approval known = existing == null ? null : existing.getApproval();
            Approval approval = known != null && known.start().equals(start) ? known.withDates(start, end)
                    : Approval.dated(start, end);
            centres.problemsOf(approval).forEach(problem -> refused(APPROVAL_END, problem));
            return approval;
        }

        @Nullable YearlyFigures figures() {
            if (!columns.containsKey(EMPLOYEES) || allBlank(EMPLOYEES, FULL_TIME_EQUIVALENT, VOLUNTEERS)) {
                return null;
            }
            requireBlankOrFilled(EMPLOYEES, FULL_TIME_EQUIVALENT, VOLUNTEERS);
            Integer employees = wholeNumber(EMPLOYEES);
            BigDecimal fullTime = number(FULL_TIME_EQUIVALENT);
            Integer volunteers = wholeNumber(VOLUNTEERS);
            if (employees == null || fullTime == null || volunteers == null) {
                return null;
            }
            YearlyFigures figures = new YearlyFigures(figuresYear, employees, fullTime.doubleValue(), volunteers);
            centres.problemsOf(figures).forEach(problem -> refused(switch (problem.field()) {
                case "employees" -> EMPLOYEES;
                case "volunteers" -> VOLUNTEERS;
                default -> FULL_TIME_EQUIVALENT;
            }, problem));
            return figures;
        }

        @Nullable RoleHolder person(CentreColumn nameColumn, CentreColumn emailColumn, @Nullable RoleHolder current) {
            if (!columns.containsKey(nameColumn)) {
                return current;
            }
            String name = text(nameColumn);
            String email = text(emailColumn);
            if (name.isEmpty() && email.isEmpty()) {
                return null;
            }
            RoleHolder given = new RoleHolder(name, email.isEmpty() ? null : email, null);
            List<FieldProblem> problems = centres.problemsOf(given);
            problems.forEach(problem -> refused(problem.field().equals("email") ? emailColumn : nameColumn, problem));
            if (!problems.isEmpty()) {
                return null;
            }
            RoleHolder tidy = Objects.requireNonNull(CentreProfiles.tidyHolder(given));
            // The same person keeps the link to their account.
            boolean samePerson = current != null && Objects.equals(current.email(), tidy.email())
                    && (tidy.email() != null || current.name().equals(tidy.name()));
            return new RoleHolder(tidy.name(), tidy.email(), samePerson ? current.accountId() : null);
        }

        @Nullable MembershipYear departure() {
            LocalDate leftOn = date(LEFT_ON);
            String reason = text(LEAVING_REASON);
            if (leftOn == null) {
                if (!reason.isEmpty() && !hasError(LEFT_ON)) {
                    error(LEAVING_REASON, "import.rule.reason-without-date", header(LEFT_ON));
                }
                return null;
            }
            if (reason.length() > MAX_REASON) {
                error(LEAVING_REASON, "centre.rule.too-long", MAX_REASON);
            }
            LocalDate since = existing == null ? null
                    : existing.membership(leftOn.getYear()).map(MembershipYear::since).orElse(null);
            MembershipYear row = new MembershipYear(leftOn.getYear(), MembershipStatus.NOT_RENEWED, since, leftOn,
                    reason.isEmpty() ? null : reason);
            List<FieldProblem> problems = centres.membershipProblems(row).list();
            problems.forEach(problem -> refused(problem.field().equals("reason") ? LEAVING_REASON : LEFT_ON, problem));
            return problems.isEmpty() ? row : null;
        }

        private String text(CentreColumn column) {
            return value(line, column);
        }

        private @Nullable String optional(CentreColumn column, @Nullable CentreProfile old,
                Function<CentreProfile, @Nullable String> field) {
            if (columns.containsKey(column)) {
                String value = text(column);
                return value.isEmpty() ? null : value;
            }
            return old == null ? null : field.apply(old);
        }

        private <T> @Nullable T choice(CentreColumn column, Function<String, @Nullable T> parse, String messageKey) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            T parsed = parse.apply(SearchKeys.of(value));
            if (parsed == null) {
                error(column, messageKey, value);
            }
            return parsed;
        }

        private @Nullable LocalDate date(CentreColumn column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter format : List.of(FRENCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException notThisFormat) {
                    // try the next one
                }
            }
            error(column, "import.rule.date", value);
            return null;
        }

        private @Nullable Integer wholeNumber(CentreColumn column) {
            BigDecimal number = number(column);
            if (number == null) {
                return null;
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                error(column, "import.rule.whole-number", text(column));
                return null;
            }
        }

        private @Nullable BigDecimal number(CentreColumn column) {
            String value = SPACES.matcher(text(column)).replaceAll("").replace(',', '.');
            if (value.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                error(column, "import.rule.number", text(column));
                return null;
            }
        }

        private boolean allBlank(CentreColumn... group) {
            return Arrays.stream(group).allMatch(column -> text(column).isEmpty());
        }

        /** Columns that go together are all filled or all blank: each blank one of a started group is an error. */
        private void requireBlankOrFilled(CentreColumn... group) {
            if (allBlank(group)) {
                return;
            }
            for (CentreColumn column : group) {
                if (text(column).isEmpty()) {
                    error(column, "import.rule.goes-with", String.join(", ",
                            Arrays.stream(group).filter(other -> other != column).map(ImportRowReader.this::header)
                                    .toList()));
                }
            }
        }

        private boolean hasError(CentreColumn column) {
            return errors.stream().anyMatch(error -> header(column).equals(error.column()));
        }

        private void refused(CentreColumn column, FieldProblem problem) {
            errors.add(new ImportError(line.number(), header(column), problem.message()));
        }

        private void error(CentreColumn column, String messageKey, Object... arguments) {
            errors.add(new ImportError(line.number(), header(column), texts.get(messageKey, arguments)));
        }
    }

    /** The column's header as the file writes it, or as the export does when the file lacks it. */
    String header(CentreColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    private static @Nullable CentreKind kind(String key) {
        return switch (key) {
            case "cs", "centre social" -> CentreKind.CS;
            case "evs", "espace de vie sociale" -> CentreKind.EVS;
            default -> null;
        };
    }

    private static @Nullable Management management(String key) {
        return switch (key) {
            case "associative", "associatif", "association" -> Management.ASSOCIATIVE;
            case "municipale", "municipal", "commune", "ccas" -> Management.MUNICIPALE;
            default -> null;
        };
    }
}
