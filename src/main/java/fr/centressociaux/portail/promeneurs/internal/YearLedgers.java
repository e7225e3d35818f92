package fr.centressociaux.portail.promeneurs.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.promeneurs.ActivityReport;
import fr.centressociaux.portail.promeneurs.MonthFigures;
import fr.centressociaux.portail.promeneurs.SatisfactionAnswer;
import fr.centressociaux.portail.promeneurs.YearLedger;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per department and year ({@code pdn_year_ledgers}, id {@code PAS_DE_CALAIS:2025})
 * holding the numbers of the year's monthly reports and the scores of its questionnaires, so the
 * yearly figures read one document by {@code _id} however long the history grows: the embedded
 * server scans a whole collection for anything but an {@code _id}, and looking up the year's
 * 9,000 reports one id at a time costs more than the scan (docs/benchmarks.md).
 *
 * <p>Each saved month or answer sets its own entry ({@code $set} of one field, an upsert: two
 * saves never overwrite each other). A ledger is marked complete once it was built from the
 * reports and answers themselves; the first reading of a year not built yet (data written before
 * the ledger existed, the demo data, a benchmark's bulk insert) builds it from them.
 */
@Component
public class YearLedgers {

    private static final String COLLECTION = "pdn_year_ledgers";
    private static final String MONTHS = "months";
    private static final String SCORES = "scores";
    private static final String COMPLETE = "complete";

    private final MongoOperations mongo;

    YearLedgers(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The month as saved: its entry in its department's year. */
    public void record(ActivityReport report) {
        mongo.upsert(byId(report.getDepartment(), report.month().getYear()),
                new Update().set(MONTHS + "." + report.getId(), entry(report)), COLLECTION);
    }

    /** The answer as saved: its score in its event's department and year. */
    public void record(SatisfactionAnswer answer) {
        if (answer.getScore() != null) {
            mongo.upsert(byId(answer.getDepartment(), answer.getYear()), new Update().set(SCORES + "." + answer.getId(),
                    new Document("event", answer.getEventId()).append("score", answer.getScore())), COLLECTION);
        }
    }

    /** The department's year, built from the reports and answers first if it never was. */
    public YearLedger read(Department department, int year) {
        Document ledger = mongo.findById(id(department, year), Document.class, COLLECTION);
        if (ledger == null || !ledger.getBoolean(COMPLETE, false)) {
            build(department, year);
            ledger = mongo.findById(id(department, year), Document.class, COLLECTION);
        }
        List<MonthFigures> months = new ArrayList<>();
        ledger.get(MONTHS, new Document()).forEach((reportId, value) -> months.add(month(reportId, year, (Document) value)));
        Map<String, List<Integer>> scores = new HashMap<>();
        ledger.get(SCORES, new Document()).values().forEach(value -> {
            Document score = (Document) value;
            scores.computeIfAbsent(score.getString("event"), event -> new ArrayList<>()).add(score.getInteger("score"));
        });
        return new YearLedger(months, scores);
    }

    /**
     * Sets every report's and answer's entry from the stored documents, then marks the ledger
     * complete (one scan of each collection, once per department and year).
     */
    private void build(Department department, int year) {
        Update update = new Update().set(COMPLETE, true);
        Criteria ofYear = Criteria.where("department").is(department).and("year").is(year);
        for (ActivityReport report : mongo.find(Query.query(ofYear), ActivityReport.class)) {
            update.set(MONTHS + "." + report.getId(), entry(report));
        }
        for (SatisfactionAnswer answer : mongo.find(Query.query(Criteria.where("department").is(department)
                .and("year").is(year).and("score").ne(null)), SatisfactionAnswer.class)) {
            update.set(SCORES + "." + answer.getId(),
                    new Document("event", answer.getEventId()).append("score", answer.getScore()));
        }
        mongo.upsert(byId(department, year), update, COLLECTION);
    }

    private static Document entry(ActivityReport report) {
        return new Document("professionalId", report.getProfessionalId()).append("month", report.month().getMonthValue())
                .append("individualFollowUps", report.getIndividualFollowUps())
                .append("collectiveActions", report.getCollectiveActions())
                .append("hoursOnline", report.getHoursOnline().toPlainString())
                .append("localEvents", report.getLocalEvents().size())
                .append("questionsAsked", report.getQuestionsAsked());
    }

    private static MonthFigures month(String reportId, int year, Document entry) {
        return new MonthFigures(reportId, entry.getString("professionalId"), YearMonth.of(year, entry.getInteger("month")),
                entry.getInteger("individualFollowUps"), entry.getInteger("collectiveActions"),
                decimal(entry.get("hoursOnline")), entry.getInteger("localEvents"), entry.getInteger("questionsAsked"));
    }

    private static BigDecimal decimal(@Nullable Object stored) {
        if (stored == null) {
            return BigDecimal.ZERO;
        }
        return stored instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(stored.toString());
    }

    private static Query byId(Department department, int year) {
        return Query.query(Criteria.where("_id").is(id(department, year)));
    }

    private static String id(Department department, int year) {
        return department.name() + ":" + year;
    }
}
