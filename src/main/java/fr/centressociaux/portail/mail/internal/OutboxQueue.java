package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox's queue: small documents naming the messages still to send, page by page
 * ({@link QueuedPage}). Workers (threads or portal nodes) share it without transactions: a page is
 * claimed with one {@code findAndModify} (a claim id and a lease), so each page is held by one
 * worker at a time, and deleted once sent. Finding work scans this collection only, which holds the
 * pages still to send (a few hundred for 100,000 mails), never the messages (DD008).
 */
@Component
class OutboxQueue {

    /** Set on a page given back while its messages were being written ({@link QueuedPage#getAwaitingWriteSince}). */
    private static final String AWAITING_WRITE_SINCE = "awaitingWriteSince";

    private final MongoOperations mongo;

    OutboxQueue(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void add(Collection<QueuedPage> pages) {
        if (!pages.isEmpty()) {
            mongo.insert(pages, QueuedPage.class);
        }
    }

    /**
     * Claims the page that fell due first among those nobody holds (or whose holder's lease ran
     * out), under a fresh claim until {@code leaseUntil}; null when none is due.
     */
    @Nullable QueuedPage claim(Instant now, Instant leaseUntil) {
        Query free = Query.query(Criteria.where("dueAt").lte(now).orOperator(Criteria.where("leaseUntil").is(null),
                Criteria.where("leaseUntil").lt(now))).with(Sort.by("dueAt"));
        return mongo.findAndModify(free, new Update().set("claim", UUID.randomUUID().toString())
                .set("leaseUntil", leaseUntil), FindAndModifyOptions.options().returnNew(true), QueuedPage.class);
    }

    /**
     * Gives back the messages of a claimed page the worker did not send (it is stopping, or they
     * were not written yet): the page holds only them and is due again at {@code dueAt} for any
     * worker. Nothing happens if the claim is no longer the holder's.
     */
    void giveBack(QueuedPage claimed, List<String> unsent, Instant dueAt) {
        mongo.updateFirst(held(claimed), giveBackUpdate(unsent, dueAt).unset(AWAITING_WRITE_SINCE), QueuedPage.class);
    }

    /**
     * As {@link #giveBack(QueuedPage, List, Instant)}, for a page some of whose messages are still
     * being written: it counts as work due until then ({@link #anyDue}), though claimed again later,
     * and remembers since when it waits ({@link QueuedPage#firstDueAt}).
     */
    void giveBackAwaitingWrite(QueuedPage claimed, List<String> unsent, Instant dueAt) {
        mongo.updateFirst(held(claimed), giveBackUpdate(unsent, dueAt).set(AWAITING_WRITE_SINCE, claimed.firstDueAt()),
                QueuedPage.class);
    }

    private static Update giveBackUpdate(List<String> unsent, Instant dueAt) {
        return new Update().set("messages", unsent).set("dueAt", dueAt).unset("claim").unset("leaseUntil");
    }

    /**
     * Extends the holder's lease, as long as the claim is still the holder's: false when the lease
     * ran out and another worker took the page meanwhile (the holder must then send no more of it).
     */
    boolean renew(QueuedPage claimed, Instant leaseUntil) {
        return mongo.updateFirst(held(claimed), new Update().set("leaseUntil", leaseUntil), QueuedPage.class)
                .getMatchedCount() == 1;
    }

    /** Deletes a page its holder has sent. */
    void remove(QueuedPage claimed) {
        mongo.remove(held(claimed), QueuedPage.class);
    }

    /**
     * Whether some page is due now, claimed or not, or waits for messages being written: what a
     * worker still has to send.
     */
    boolean anyDue(Instant now) {
        return mongo.exists(Query.query(new Criteria().orOperator(Criteria.where("dueAt").lte(now),
                Criteria.where(AWAITING_WRITE_SINCE).exists(true))), QueuedPage.class);
    }

    private static Query held(QueuedPage claimed) {
        return Query.query(Criteria.where("_id").is(claimed.getId()).and("claim").is(claimed.getClaim()));
    }
}
