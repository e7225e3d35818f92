package fr.centressociaux.portail.trainings.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.springframework.stereotype.Component;

/**
 * The counts of the training bilan and of the FOSFORA table, each one aggregation over the
 * enrolments of a year (the session's year, copied on each enrolment). Only enrolled people
 * present at least one day count; distinct people are distinct person keys (name and centre).
 * One {@code $group} per result collects the distinct keys ({@code $addToSet}); sets are counted
 * here. A first version counted with a {@code $facet} of two-stage groups per figure: the
 * embedded server then went through the year's enrolments once per figure, and the bilan took
 * 1.5 to 2 times as long (docs/benchmarks.md).
 */
@Component
public class TrainingFigures {

    private final MongoOperations mongo;

    TrainingFigures(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Per training and in total, for one department (of the trainee's centre) or both. */
    public BilanFigures bilan(int year, @Nullable Department department) {
        Document match = attended(year);
        if (department != null) {
            match.append("department", department.name());
        }
        Document facets = new Document("rows", List.of(people("$trainingId"))).append("total",
                List.of(people(null)));
        List<Document> result = aggregate(List.of(new Document("$match", match), new Document("$facet", facets)));
        Document both = result.isEmpty() ? new Document() : result.getFirst();
        Map<String, TraineeCounts> rows = new HashMap<>();
        for (Document row : both.getList("rows", Document.class, List.of())) {
            rows.put(row.getString("_id"), counts(row));
        }
        List<Document> total = both.getList("total", Document.class, List.of());
        return new BilanFigures(rows, total.isEmpty() ? TraineeCounts.NONE : counts(total.getFirst()));
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

    /** The distinct employees, volunteers, centres and sessions, and the minutes, per {@code id}. */
    private static Document people(@Nullable String id) {
        return new Document("$group", new Document("_id", id)
                .append("employees", new Document("$addToSet", personOfKind(ParticipantKind.EMPLOYEE)))
                .append("volunteers", new Document("$addToSet", personOfKind(ParticipantKind.VOLUNTEER)))
                .append("centres", new Document("$addToSet", "$centreId"))
                .append("sessions", new Document("$addToSet", "$sessionId"))
                .append("minutes", new Document("$sum", "$attendedMinutes")));
    }

    /** The person's key when of this kind, null otherwise (the one null in the set is not counted). */
    private static Document personOfKind(ParticipantKind kind) {
        return new Document("$cond", Arrays.asList(new Document("$eq", List.of("$kind", kind.name())),
                "$personKey", null));
    }

    private static TraineeCounts counts(Document row) {
        return new TraineeCounts(distinct(row, "employees"), distinct(row, "volunteers"), distinct(row, "centres"),
                distinct(row, "sessions"), Duration.ofMinutes(((Number) row.get("minutes")).longValue()));
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
