package fr.centressociaux.portail.trainings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.trainings.HostCentre;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionFilter;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class SessionQueriesImpl implements SessionQueries {

    private static final String COLLECTION = "training_sessions";

    private final MongoOperations mongo;

    SessionQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<TrainingSession> findPage(SessionFilter filter, Criteria visible, Pageable pageable) {
        Query query = Query.query(criteria(filter, visible)).with(Sort.by("firstDay", "trainingId"))
                .with(pageable.isPaged() ? pageable : Pageable.unpaged());
        if (pageable.getSort().isSorted()) {
            query.with(pageable.getSort());
        }
        return mongo.find(query, TrainingSession.class);
    }

    @Override
    public long count(SessionFilter filter, Criteria visible) {
        return mongo.count(Query.query(criteria(filter, visible)), TrainingSession.class);
    }

    @Override
    public List<String> trainingIdsWithSessionsFrom(LocalDate from, Criteria visible) {
        Query query = Query.query(new Criteria().andOperator(visible, Criteria.where("firstDay").gte(from)
                .and("cancelled").is(false)));
        return mongo.findDistinct(query, "trainingId", TrainingSession.class, String.class);
    }

    @Override
    public long nextTicket(String sessionId) {
        Document session = mongo.findAndModify(Query.query(Criteria.where("_id").is(sessionId)),
                new Update().inc("queueCounter", 1L), FindAndModifyOptions.options().returnNew(true), Document.class,
                COLLECTION);
        if (session == null) {
            throw new IllegalStateException("No session " + sessionId);
        }
        return ((Number) session.get("queueCounter")).longValue();
    }

    @Override
    public boolean takeSeat(String sessionId) {
        return counters(Query.query(Criteria.where("_id").is(sessionId).and("cancelled").is(false)
                .and("seatsLeft").gt(0)), new Update().inc("seatsLeft", -1));
    }

    @Override
    public void releaseSeat(String sessionId) {
        counters(Query.query(Criteria.where("_id").is(sessionId)), new Update().inc("seatsLeft", 1));
    }

    @Override
    public boolean leaseSeats(String sessionId, String holder, Instant now, Instant until) {
        Criteria free = new Criteria().orOperator(Criteria.where("seatLock").is(null),
                Criteria.where("seatLockUntil").lt(now));
        return counters(Query.query(new Criteria().andOperator(Criteria.where("_id").is(sessionId), free)),
                new Update().set("seatLock", holder).set("seatLockUntil", until));
    }

    @Override
    public void endSeatLease(String sessionId, String holder) {
        counters(Query.query(Criteria.where("_id").is(sessionId).and("seatLock").is(holder)),
                new Update().unset("seatLock").unset("seatLockUntil"));
    }

    /**
     * Changes the seat counter or lease by collection name, not by document class: with the class,
     * Spring Data adds {@code $inc version} to the update, and every enrolment would make the
     * staff's open edit of the session look stale.
     */
    private boolean counters(Query query, Update update) {
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public boolean describe(String sessionId, long expectedVersion, List<SessionDay> days, @Nullable HostCentre host,
            int previousCapacity, int capacity, LocalDate registrationDeadline, Instant at, String actor) {
        int delta = capacity - previousCapacity;
        Criteria condition = version(sessionId, expectedVersion).and("capacity").is(previousCapacity);
        if (delta < 0) {
            condition = condition.and("seatsLeft").gte(-delta);
        }
        Update update = edit(at, actor).set("days", days).set("firstDay", days.getFirst().date())
                .set("lastDay", days.getLast().date()).set("year", days.getFirst().date().getYear())
                .set("host", host).set("capacity", capacity).set("registrationDeadline", registrationDeadline)
                .inc("seatsLeft", delta);
        return apply(condition, update);
    }

    @Override
    public boolean closeRegistration(String sessionId, long expectedVersion, boolean closed, Instant at,
            String actor) {
        return apply(version(sessionId, expectedVersion), edit(at, actor).set("registrationClosed", closed));
    }

    @Override
    public boolean cancel(String sessionId, long expectedVersion, String reason, Instant at, String actor) {
        return apply(version(sessionId, expectedVersion).and("cancelled").is(false),
                edit(at, actor).set("cancelled", true).set("cancelReason", reason));
    }

    @Override
    public boolean recordFosforaAmount(String sessionId, long expectedVersion, @Nullable Long cents, Instant at,
            String actor) {
        return apply(version(sessionId, expectedVersion), edit(at, actor).set("fosforaAmountCents", cents));
    }

    private boolean apply(Criteria condition, Update update) {
        return mongo.updateFirst(Query.query(condition), update, TrainingSession.class).getModifiedCount() == 1;
    }

    private static Criteria version(String sessionId, long expectedVersion) {
        return Criteria.where("_id").is(sessionId).and("version").is(expectedVersion);
    }

    private static Update edit(Instant at, String actor) {
        return new Update().inc("version", 1).set("modifiedAt", at).set("modifiedBy", actor);
    }

    private static List<Criteria> parts(SessionFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.year() != null) {
            all.add(Criteria.where("year").is(filter.year()));
        }
        if (filter.trainingId() != null) {
            all.add(Criteria.where("trainingId").is(filter.trainingId()));
        }
        if (filter.from() != null) {
            all.add(Criteria.where("firstDay").gte(filter.from()));
        }
        if (!filter.includeCancelled()) {
            all.add(Criteria.where("cancelled").is(false));
        }
        return all;
    }

    private static Criteria criteria(SessionFilter filter, Criteria visible) {
        List<Criteria> all = new ArrayList<>();
        all.add(visible);
        all.addAll(parts(filter));
        return new Criteria().andOperator(all);
    }
}
