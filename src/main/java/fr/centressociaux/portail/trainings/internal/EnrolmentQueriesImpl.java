package fr.centressociaux.portail.trainings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.YearIndex;
import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.FosforaLine;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

class EnrolmentQueriesImpl implements EnrolmentQueries {

    static final String COLLECTION = "training_enrolments";

    private final MongoOperations mongo;
    private final EnrolmentYears years;

    EnrolmentQueriesImpl(MongoOperations mongo, EnrolmentYears years) {
        this.mongo = mongo;
        this.years = years;
    }

    @Override
    public Optional<Enrolment> firstWaiting(String sessionId) {
        Query query = Query.query(Criteria.where("sessionId").is(sessionId).and("status").is(EnrolmentStatus.WAITING))
                .with(Sort.by("queueNumber")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Enrolment.class));
    }

    @Override
    public @Nullable Enrolment promote(String enrolmentId, Instant at) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(enrolmentId).and("status")
                .is(EnrolmentStatus.WAITING)), new Update().set("status", EnrolmentStatus.ENROLLED)
                .set("promotedAt", at).inc("version", 1), FindAndModifyOptions.options().returnNew(true),
                Enrolment.class);
    }

    @Override
    public boolean markToldWaiting(String enrolmentId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(enrolmentId).and("status")
                .is(EnrolmentStatus.WAITING)), new Update().set("toldWaiting", true).inc("version", 1),
                Enrolment.class).getModifiedCount() == 1;
    }

    @Override
    public @Nullable Enrolment withdraw(String enrolmentId, Instant at, String actor) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(enrolmentId).and("status")
                .in(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING).and("attendedMinutes").is(0)),
                new Update().set("status", EnrolmentStatus.WITHDRAWN).set("withdrawnAt", at).set("withdrawnBy", actor)
                        .inc("version", 1), FindAndModifyOptions.options().returnNew(false), Enrolment.class);
    }

    @Override
    public @Nullable Enrolment reactivate(String enrolmentId, Enrolment fresh) {
        Update update = new Update().set("status", EnrolmentStatus.WAITING).set("queueNumber", fresh.getQueueNumber())
                .set("toldWaiting", false).set("firstName", fresh.getFirstName()).set("lastName", fresh.getLastName())
                .set("kind", fresh.getKind()).set("job", fresh.getJob()).set("centreName", fresh.getCentreName())
                .set("department", fresh.getDepartment()).set("territoryId", fresh.getTerritoryId())
                .set("directorEmail", fresh.getDirectorEmail()).set("fosforaLine", fresh.getFosforaLine())
                .set("enrolledAt", fresh.getEnrolledAt()).set("enrolledBy", fresh.getEnrolledBy())
                .unset("promotedAt").unset("withdrawnAt").unset("withdrawnBy").inc("version", 1);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(enrolmentId).and("status")
                .is(EnrolmentStatus.WITHDRAWN)), update, FindAndModifyOptions.options().returnNew(true),
                Enrolment.class);
    }

    @Override
    public long waitingAhead(String sessionId, long queueNumber) {
        return mongo.count(Query.query(Criteria.where("sessionId").is(sessionId).and("status")
                .is(EnrolmentStatus.WAITING).and("queueNumber").lt(queueNumber)), Enrolment.class);
    }

    @Override
    public Map<String, Integer> waitingCounts(Collection<String> sessionIds) {
        Map<String, Integer> counts = new HashMap<>();
        List<Document> rows = mongo.aggregate(Aggregation.newAggregation(
                match(Criteria.where("sessionId").in(sessionIds).and("status").is(EnrolmentStatus.WAITING)),
                group("sessionId").count().as("n")), COLLECTION, Document.class).getMappedResults();
        rows.forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("n")).intValue()));
        return counts;
    }

    @Override
    public void copySessionYear(String sessionId, int year) {
        Query moving = Query.query(Criteria.where("sessionId").is(sessionId).and("year").ne(year));
        moving.fields().include("_id", "department");
        // Listed in the new year before they are in it: the index may hold too many, never too few.
        YearIndex index = years.index();
        mongo.find(moving, Document.class, COLLECTION).stream()
                .collect(Collectors.groupingBy(index::partOf, Collectors.mapping(enrolment -> enrolment.get("_id"),
                        Collectors.toList())))
                .forEach((department, ids) -> index.add(year, department, ids));
        mongo.updateMulti(moving, new Update().set("year", year).inc("version", 1), Enrolment.class);
    }

    @Override
    public void copyFosforaLine(String trainingId, @Nullable FosforaLine line) {
        mongo.updateMulti(Query.query(Criteria.where("trainingId").is(trainingId).and("fosforaLine").ne(line)),
                new Update().set("fosforaLine", line).inc("version", 1), Enrolment.class);
    }
}
