package fr.centressociaux.portail.trainings.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        Document facets = new Document()
                .append("people", List.of(group(new Document("t", "$trainingId").append("k", "$kind")
                        .append("p", "$personKey")), countBy(new Document("t", "$_id.t").append("k", "$_id.k"))))
                .append("centres", List.of(group(new Document("t", "$trainingId").append("c", "$centreId")),
                        countBy("$_id.t")))
                .append("sessions", List.of(group(new Document("t", "$trainingId").append("s", "$sessionId")),
                        countBy("$_id.t")))
                .append("minutes", List.of(new Document("$group", new Document("_id", "$trainingId")
                        .append("m", new Document("$sum", "$attendedMinutes")))))
                .append("allPeople", List.of(group(new Document("k", "$kind").append("p", "$personKey")),
                        countBy("$_id.k")))
                .append("allCentres", List.of(group("$centreId"), countBy(null)))
                .append("allSessions", List.of(group("$sessionId"), countBy(null)))
                .append("allMinutes", List.of(new Document("$group", new Document("_id", null)
                        .append("m", new Document("$sum", "$attendedMinutes")))));
        Document result = aggregateOne(match, facets);

        Map<String, int[]> byTraining = new HashMap<>();
        for (Document row : rows(result, "people")) {
            Document id = row.get("_id", Document.class);
            int[] counts = byTraining.computeIfAbsent(id.getString("t"), t -> new int[5]);
            counts[kindIndex(id.getString("k"))] += n(row);
        }
        for (Document row : rows(result, "centres")) {
            byTraining.computeIfAbsent(row.getString("_id"), t -> new int[5])[2] = n(row);
        }
        for (Document row : rows(result, "sessions")) {
            byTraining.computeIfAbsent(row.getString("_id"), t -> new int[5])[3] = n(row);
        }
        for (Document row : rows(result, "minutes")) {
            byTraining.computeIfAbsent(row.getString("_id"), t -> new int[5])[4] = ((Number) row.get("m")).intValue();
        }
        Map<String, TraineeCounts> rows = new HashMap<>();
        byTraining.forEach((trainingId, c) -> rows.put(trainingId,
                new TraineeCounts(c[0], c[1], c[2], c[3], Duration.ofMinutes(c[4]))));

        int[] total = new int[5];
        rows(result, "allPeople").forEach(row -> total[kindIndex(row.getString("_id"))] += n(row));
        rows(result, "allCentres").forEach(row -> total[2] = n(row));
        rows(result, "allSessions").forEach(row -> total[3] = n(row));
        rows(result, "allMinutes").forEach(row -> total[4] = ((Number) row.get("m")).intValue());
        return new BilanFigures(rows, new TraineeCounts(total[0], total[1], total[2], total[3],
                Duration.ofMinutes(total[4])));
    }

    /** Per FOSFORA line: distinct volunteers present, their distinct centres, and the sessions they attended. */
    public Map<FosforaLine, LineFigures> fosfora(int year) {
        Document match = attended(year).append("kind", ParticipantKind.VOLUNTEER.name())
                .append("fosforaLine", new Document("$ne", null));
        Document facets = new Document()
                .append("people", List.of(group(new Document("l", "$fosforaLine").append("p", "$personKey")),
                        countBy("$_id.l")))
                .append("centres", List.of(group(new Document("l", "$fosforaLine").append("c", "$centreId")),
                        countBy("$_id.l")))
                .append("sessions", List.of(group(new Document("l", "$fosforaLine").append("s", "$sessionId"))));
        Document result = aggregateOne(match, facets);

        Map<FosforaLine, int[]> counts = new EnumMap<>(FosforaLine.class);
        Map<FosforaLine, Set<String>> sessions = new EnumMap<>(FosforaLine.class);
        for (Document row : rows(result, "people")) {
            counts.computeIfAbsent(FosforaLine.valueOf(row.getString("_id")), l -> new int[2])[0] = n(row);
        }
        for (Document row : rows(result, "centres")) {
            counts.computeIfAbsent(FosforaLine.valueOf(row.getString("_id")), l -> new int[2])[1] = n(row);
        }
        for (Document row : rows(result, "sessions")) {
            Document id = row.get("_id", Document.class);
            sessions.computeIfAbsent(FosforaLine.valueOf(id.getString("l")), l -> new HashSet<>())
                    .add(id.getString("s"));
        }
        Map<FosforaLine, LineFigures> figures = new EnumMap<>(FosforaLine.class);
        counts.forEach((line, c) -> figures.put(line, new LineFigures(c[0], c[1],
                Set.copyOf(sessions.getOrDefault(line, Set.of())))));
        return figures;
    }

    private static Document attended(int year) {
        return new Document("year", year).append("status", EnrolmentStatus.ENROLLED.name())
                .append("attendedMinutes", new Document("$gt", 0));
    }

    private Document aggregateOne(Document match, Document facets) {
        List<Document> pipeline = List.of(new Document("$match", match), new Document("$facet", facets));
        List<Document> out = mongo.getCollection(EnrolmentQueriesImpl.COLLECTION).aggregate(pipeline)
                .into(new ArrayList<>());
        return out.isEmpty() ? new Document() : out.getFirst();
    }

    private static Document group(Object id) {
        return new Document("$group", new Document("_id", id));
    }

    private static Document countBy(@Nullable Object id) {
        return new Document("$group", new Document("_id", id).append("n", new Document("$sum", 1)));
    }

    private static List<Document> rows(Document result, String facet) {
        return result.getList(facet, Document.class, List.of());
    }

    private static int n(Document row) {
        return ((Number) row.get("n")).intValue();
    }

    private static int kindIndex(String kind) {
        return ParticipantKind.valueOf(kind) == ParticipantKind.VOLUNTEER ? 1 : 0;
    }

    /** The bilan's counts: per training id, and in total (each person and centre once). */
    public record BilanFigures(Map<String, TraineeCounts> byTraining, TraineeCounts total) {
    }

    /** One FOSFORA line: distinct volunteers, distinct centres, and the sessions they attended. */
    public record LineFigures(int volunteers, int centres, Set<String> sessionIds) {
    }
}
