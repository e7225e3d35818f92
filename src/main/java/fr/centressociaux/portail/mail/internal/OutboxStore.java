package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox collection. Every change of a message's state is one conditional single-document
 * update, so several workers (threads or portal nodes) can share it without transactions: a
 * message is claimed by whoever's {@code findAndModify} matches it first, and only the holder of
 * the claim can record what became of it.
 */
@Component
public class OutboxStore {

    private static final int MAX_ERROR_LENGTH = 500;

    private final MongoOperations mongo;

    OutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public List<OutboxMessage> insertAll(Collection<OutboxMessage> messages) {
        return List.copyOf(mongo.insert(messages, OutboxMessage.class));
    }

    /**
     * Claims the pending message due first, if any: it becomes SENDING under a fresh claim and a
     * lease until {@code leaseUntil}, and counts one more attempt.
     */
    public Optional<OutboxMessage> claimNextDue(Instant now, Instant leaseUntil) {
        Query due = Query.query(Criteria.where("state").is(DeliveryState.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt"));
        Update claim = new Update().set("state", DeliveryState.SENDING).set("claim", UUID.randomUUID().toString())
                .set("leaseUntil", leaseUntil).inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                OutboxMessage.class));
    }

    /** Records the delivery; false if the claim is no longer the holder's. */
    public boolean markSent(OutboxMessage claimed, Instant sentAt) {
        // Not conditional on SENDING: a worker slower than its lease may find its message already
        // marked interrupted, and the truth is that it was sent.
        return update(claimed, new Update().set("state", DeliveryState.SENT).set("sentAt", sentAt)
                .unset("claim").unset("leaseUntil").unset("lastError"));
    }

    /** Puts the message back in the queue for another attempt at {@code nextAttemptAt}. */
    public boolean retryLater(OutboxMessage claimed, Instant nextAttemptAt, String error) {
        return update(claimed, new Update().set("state", DeliveryState.PENDING).set("nextAttemptAt", nextAttemptAt)
                .set("lastError", shortened(error)).unset("claim").unset("leaseUntil"));
    }

    public boolean markFailed(OutboxMessage claimed, String error) {
        return update(claimed, new Update().set("state", DeliveryState.FAILED).set("lastError", shortened(error))
                .unset("leaseUntil"));
    }

    /**
     * Marks failed the messages whose worker stopped while sending them (their lease ran out): the
     * SMTP server may have accepted them already, so sending again could deliver them twice.
     */
    public long giveUpInterrupted(Instant now, String error) {
        Query expired = Query.query(Criteria.where("state").is(DeliveryState.SENDING).and("leaseUntil").lt(now));
        return mongo.updateMulti(expired, new Update().set("state", DeliveryState.FAILED)
                .set("lastError", shortened(error)), OutboxMessage.class).getModifiedCount();
    }

    /** Whether a message is due now or being sent: what a worker still has to finish. */
    public boolean hasWorkDue(Instant now) {
        return mongo.exists(Query.query(new Criteria().orOperator(
                Criteria.where("state").is(DeliveryState.SENDING),
                Criteria.where("state").is(DeliveryState.PENDING).and("nextAttemptAt").lte(now))), OutboxMessage.class);
    }

    /** Newest first, optionally in one state. */
    public List<OutboxMessage> page(@Nullable DeliveryState state, Pageable page) {
        return mongo.find(ofState(state).with(Sort.by(Sort.Direction.DESC, "createdAt")).with(page),
                OutboxMessage.class);
    }

    public long count(@Nullable DeliveryState state) {
        return mongo.count(ofState(state), OutboxMessage.class);
    }

    private static Query ofState(@Nullable DeliveryState state) {
        return state == null ? new Query() : Query.query(Criteria.where("state").is(state));
    }

    private boolean update(OutboxMessage claimed, Update update) {
        Query held = Query.query(Criteria.where("_id").is(claimed.getId()).and("claim").is(claimed.getClaim()));
        return mongo.updateFirst(held, update, OutboxMessage.class).getModifiedCount() == 1;
    }

    private static String shortened(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "…";
    }
}
