package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import fr.centressociaux.portail.promeneurs.ActivityReport;
import fr.centressociaux.portail.promeneurs.MonthFigures;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;

/**
 * The year's reports are looked up by id from the professionals, in the server: the aggregation
 * runs over the department's professionals (the one collection that does not grow with the years),
 * makes each one's twelve report ids of the year ({@code ActivityReport.idOf}: professional and
 * month) and {@code $lookup}s them on {@code _id}. Both the embedded server (which scans a
 * collection for any other query, DD001) and a real MongoDB answer that from the {@code _id} index,
 * so the cost is the year's, however long the history; and only the numbers come back.
 */
class ActivityReportQueriesImpl implements ActivityReportQueries {

    private final MongoOperations mongo;

    ActivityReportQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<MonthFigures> findYearFigures(Department department, int year) {
        List<String> months = IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month).toString())
                .toList();
        Document reportIds = new Document("$map", new Document("input", months).append("as", "month")
                .append("in", new Document("$concat", List.of(new Document("$toString", "$_id"), ":", "$$month"))));
        TypedAggregation<Professional> pipeline = Aggregation.newAggregation(Professional.class,
                Aggregation.match(ProfessionalQueries.knownBy(department, LocalDate.of(year, 12, 31))),
                Stages.of("$project", new Document("_id", 0).append("reportIds", reportIds)),
                Stages.of("$lookup", new Document("from", mongo.getCollectionName(ActivityReport.class))
                        .append("localField", "reportIds").append("foreignField", "_id").append("as", "report")),
                Stages.of("$unwind", "$report"),
                Stages.of("$project", new Document("_id", "$report._id")
                        .append("professionalId", "$report.professionalId").append("month", "$report.month")
                        .append("individualFollowUps", "$report.individualFollowUps")
                        .append("collectiveActions", "$report.collectiveActions")
                        .append("hoursOnline", "$report.hoursOnline")
                        .append("localEvents", new Document("$size", new Document("$ifNull",
                                List.of("$report.localEvents", List.of()))))
                        .append("questionsAsked", "$report.questionsAsked")));
        return mongo.aggregate(pipeline, Document.class).getMappedResults().stream()
                .map(row -> new MonthFigures(row.getString("_id"), row.getString("professionalId"),
                        YearMonth.of(year, row.getInteger("month")), row.getInteger("individualFollowUps", 0),
                        row.getInteger("collectiveActions", 0), Stages.decimal(row.get("hoursOnline")),
                        row.getInteger("localEvents", 0), row.getInteger("questionsAsked", 0)))
                .toList();
    }
}
