package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * Writes the messages, but none whose idempotency key is already in the outbox: writing a
     * campaign again after an interruption adds only what was missing. The unique index on the key
     * stays the guard if two writers race; then the loser's insert fails and it may simply retry.
     */
    public List<OutboxMessage> insertAll(Collection<OutboxMessage> messages) {
        List<String> keys = messages.stream().map(OutboxMessage::getKey).filter(Objects::nonNull).toList();
        Set<String> present = keys.isEmpty() ? Set.of() : new HashSet<>(mongo.findDistinct(
                Query.query(Criteria.where("key").in(keys)), "key", OutboxMessage.class, String.class));
        List<OutboxMessage> missing = messages.stream()
                .filter(message -> message.getKey() == null || !present.contains(message.getKey())).toList();
        return missing.isEmpty() ? List.of() : List.copyOf(mongo.insert(missing, OutboxMessage.class));
    }

    /** Records that the message was not sent because its recipient is suppressed. */
    public boolean markSuppressed(OutboxMessage claimed, String reason) {
        return update(claimed, new Update().set("state", DeliveryState.SUPPRESSED).set("lastError", shortened(reason))
                .unset("claim").unset("leaseUntil"));
    }

    /** How many messages of a batch are in each state (states without any are left out). */
    public Map<DeliveryState, Long> countByState(String batch) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            long count = mongo.count(Query.query(Criteria.where("batch").is(batch).and("state").is(state)),
                    OutboxMessage.class);
            if (count > 0) {
                counts.put(state, count);
            }
        }
        return counts;
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
        Query expired = Query.query(Criteria.where("state").is(DeliveryState.SENDING).and("leaseUntil").lt(now)
                .and("batch").is(null));
        return mongo.updateMulti(expired, new Update().set("state", DeliveryState.FAILED)
                .set("lastError", shortened(error)), OutboxMessage.class).getModifiedCount();
    }

    /**
     * Puts back in the queue the bulk messages (of a batch) whose worker stopped while sending them:
     * a campaign prefers at least once (DD014), so the only duplicate is a mail the relay accepted
     * just before the crash, at most one per crashed worker, and it carries the same Message-ID.
     */
    public long reclaimInterruptedBulk(Instant now, String note) {
        Query expired = Query.query(Criteria.where("state").is(DeliveryState.SENDING).and("leaseUntil").lt(now)
                .and("batch").ne(null));
        return mongo.updateMulti(expired, new Update().set("state", DeliveryState.PENDING).set("nextAttemptAt", now)
                .set("lastError", shortened(note)).unset("claim").unset("leaseUntil"), OutboxMessage.class)
                .getModifiedCount();
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
