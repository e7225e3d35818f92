package fr.centressociaux.portail.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in the database (so they hold across restarts and instances): at most
 * {@code limit} actions per key per window. One atomic upsert-and-increment per call.
 */
@Component
public class RateLimiter {

    static final String COLLECTION = "rate_limits";

    private final MongoOperations mongo;
    private final Clock clock;

    RateLimiter(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Counts one action; false when the key already used up its allowance in this window. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        long windowNumber = now.toEpochMilli() / window.toMillis();
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(key + "@" + windowNumber)),
                new Update().inc("count", 1).setOnInsert("expiresAt", now.plus(window)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return counter != null && counter.getInteger("count") <= limit;
    }
}
