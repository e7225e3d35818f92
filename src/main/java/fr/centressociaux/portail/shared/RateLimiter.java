package fr.centressociaux.portail.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in the database (so they hold across restarts and instances): at most
 * {@code limit} actions per key per window. One atomic upsert-and-increment per call. A TTL index
 * on {@code expiresAt} lets the database delete each counter once its window is over, so the
 * collection does not grow forever.
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

    /** The counters are raw documents, not a mapped class, so their index is not created by Spring Data. */
    @PostConstruct
    void ensureExpiryIndex() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO)
                .named("expires_at_ttl"));
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
