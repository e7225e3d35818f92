package fr.centressociaux.portail.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

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
 * Sliding-window limits in the database (so they hold across restarts and instances): at most
 * {@code limit} actions per key within any window-long period, not per clock hour, which let a
 * burst at the end of one hour follow a burst at its start (issue 17 §10). Each key keeps the times
 * of its last {@code limit + 1} attempts, pushed in one atomic update; an attempt is refused when
 * all of them fall within the window. A TTL index on {@code expiresAt} lets the database delete a
 * key's document a window after its last attempt, so the collection does not grow forever.
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

    /**
     * Counts one attempt; false when the key already made {@code limit} attempts within the window.
     * Refused attempts count too, so hammering keeps a key refused.
     */
    public boolean tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Update update = new Update().set("expiresAt", now.plus(window));
        update.push("attempts").slice(-(limit + 1)).each(now);
        Document attempts = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        Instant windowStart = now.minus(window);
        long recent = attempts == null ? 0 : attempts.getList("attempts", Date.class).stream()
                .filter(at -> at.toInstant().isAfter(windowStart)).count();
        return recent <= limit;
    }
}
