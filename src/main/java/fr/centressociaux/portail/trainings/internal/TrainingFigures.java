package fr.centressociaux.portail.trainings.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.TraineeCounts;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The counts of the training bilan and of the FOSFORA table over the enrolments of a year (the
 * session's year, copied on each enrolment). Only enrolled people present at least one day count;
 * distinct people are distinct person keys (name and centre). The bilan reads the year's
 * enrolments by id and counts here; the FOSFORA table is one aggregation, one {@code $group} per
 * result collecting the distinct keys ({@code $addToSet}). A first version counted with a
 * {@code $facet} of two-stage groups per figure: the embedded server then went through the
 * year's enrolments once per figure, and the bilan took 1.5 to 2 times as long (docs/benchmarks.md).
 */
@Component
public class TrainingFigures {

    private static final String[] BILAN_FIELDS = {"_id", "year", "status", "attendedMinutes", "department",
        "trainingId", "kind", "personKey", "centreId", "sessionId"};

    private final MongoOperations mongo;
    private final EnrolmentYears years;

    TrainingFigures(MongoOperations mongo, EnrolmentYears years) {
        this.mongo = mongo;
        this.years = years;
    }

    /**
     * Per training and in total, for one department (of the trainee's centre) or both. The year's
     * enrolments are read by {@code _id} from the year's index ({@code training_enrolment_years}) and
     * counted here: an aggregation would make the embedded server scan every year's enrolments, so
     * the bilan of a year would grow with the history (DD013, "Year-keyed reads").
     */
    public BilanFigures bilan(int year, @Nullable Department department) {
        Map<String, People> rows = new HashMap<>();
        People total = new People();
        List<String> departments = Arrays.stream(department == null ? Department.values()
                : new Department[] {department}).map(Department::name).toList();
        for (Document enrolment : years.index().find(List.of(year), departments, new Criteria(),
                fields -> fields.include(BILAN_FIELDS), Document.class)) {
            if (counts(enrolment, year, department)) {
                rows.computeIfAbsent(enrolment.getString("trainingId"), training -> new People()).add(enrolment);
                total.add(enrolment);
            }
        }
        Map<String, TraineeCounts> byTraining = new HashMap<>();
        rows.forEach((trainingId, people) -> byTraining.put(trainingId, people.counts()));
        return new BilanFigures(byTraining, rows.isEmpty() ? TraineeCounts.NONE : total.counts());
    }

    /** Enrolled, present at least one day, of the year (the index may list an enrolment moved since) and department. */
    private static boolean counts(Document enrolment, int year, @Nullable Department department) {
        Number minutes = enrolment.get("attendedMinutes", Number.class);
        Number enrolmentYear = enrolment.get("year", Number.class);
        return enrolmentYear != null && enrolmentYear.intValue() == year
                && EnrolmentStatus.ENROLLED.name().equals(enrolment.getString("status"))
                && minutes != null && minutes.intValue() > 0
                && (department == null || department.name().equals(enrolment.getString("department")));
    }

    /** Whether someone of the department's centres (null: of either) attended a session of the year. */
    public boolean anyAttended(int year, @Nullable Department department) {
        Document match = attended(year);
        if (department != null) {
            match.append("department", department.name());
        }
        return mongo.getCollection(EnrolmentQueriesImpl.COLLECTION).find(match).limit(1).first() != null;
    }

    /**
     * Per FOSFORA line: distinct volunteers present, their distinct centres, and the sessions they
     * attended; of one department's centres (on the session's first day), or of both (null).
     */
    public Map<FosforaLine, LineFigures> fosfora(int year, @Nullable Department department) {
        Document match = fosforaVolunteers(year);
        if (department != null) {
            match.append("department", department.name());
        }
        Document group = new Document("_id", "$fosforaLine")
                .append("people", new Document("$addToSet", "$personKey"))
                .append("centres", new Document("$addToSet", "$centreId"))
                .append("sessions", new Document("$addToSet", "$sessionId"));
        Map<FosforaLine, LineFigures> figures = new EnumMap<>(FosforaLine.class);
        for (Document row : aggregate(List.of(new Document("$match", match), new Document("$group", group)))) {
            figures.put(FosforaLine.valueOf(row.getString("_id")), new LineFigures(distinct(row, "people"),
                    distinct(row, "centres"), Set.copyOf(row.getList("sessions", String.class))));
        }
        return figures;
    }

    /**
     * Per session of a FOSFORA line, its volunteers present by department of their centre: how a
     * session's amount is shared between the departments' tables.
     */
    public Map<String, Map<Department, Integer>> fosforaVolunteersBySession(int year) {
        Document group = new Document("_id", new Document("session", "$sessionId").append("department", "$department"))
                .append("people", new Document("$addToSet", "$personKey"));
        Map<String, Map<Department, Integer>> bySession = new HashMap<>();
        for (Document row : aggregate(List.of(new Document("$match", fosforaVolunteers(year)),
                new Document("$group", group)))) {
            Document key = row.get("_id", Document.class);
            String department = key.getString("department");
            if (department != null) {
                bySession.computeIfAbsent(key.getString("session"), id -> new EnumMap<>(Department.class))
                        .put(Department.valueOf(department), distinct(row, "people"));
            }
        }
        return bySession;
    }

    private static Document fosforaVolunteers(int year) {
        return attended(year).append("kind", ParticipantKind.VOLUNTEER.name())
                .append("fosforaLine", new Document("$ne", null));
    }

    /** Distinct employees, volunteers, centres and sessions, and the minutes, of some enrolments. */
    private static final class People {

        private final Set<String> employees = new HashSet<>();
        private final Set<String> volunteers = new HashSet<>();
        private final Set<String> centres = new HashSet<>();
        private final Set<String> sessions = new HashSet<>();
        private long minutes;

        void add(Document enrolment) {
            String kind = enrolment.getString("kind");
            if (ParticipantKind.EMPLOYEE.name().equals(kind)) {
                addPresent(employees, enrolment, "personKey");
            } else if (ParticipantKind.VOLUNTEER.name().equals(kind)) {
                addPresent(volunteers, enrolment, "personKey");
            }
            addPresent(centres, enrolment, "centreId");
            addPresent(sessions, enrolment, "sessionId");
            minutes += enrolment.get("attendedMinutes", Number.class).longValue();
        }

        private static void addPresent(Set<String> distinct, Document enrolment, String field) {
            String value = enrolment.getString(field);
            if (value != null) {
                distinct.add(value);
            }
        }

        TraineeCounts counts() {
            return new TraineeCounts(employees.size(), volunteers.size(), centres.size(), sessions.size(),
                    Duration.ofMinutes(minutes));
        }
    }

    private static int distinct(Document row, String field) {
        return (int) row.getList(field, Object.class, List.of()).stream().filter(Objects::nonNull).count();
    }

    private static Document attended(int year) {
        return new Document("year", year).append("status", EnrolmentStatus.ENROLLED.name())
                .append("attendedMinutes", new Document("$gt", 0));
    }

    private List<Document> aggregate(List<Document> pipeline) {
        return mongo.getCollection(EnrolmentQueriesImpl.COLLECTION).aggregate(pipeline).into(new ArrayList<>());
    }

    /** The bilan's counts: per training id, and in total (each person and centre once). */
    public record BilanFigures(Map<String, TraineeCounts> byTraining, TraineeCounts total) {
    }

    /** One FOSFORA line: distinct volunteers, distinct centres, and the sessions they attended. */
    public record LineFigures(int volunteers, int centres, Set<String> sessionIds) {
    }
}
