package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.OutboxMessage;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox collection. Several workers (threads or portal nodes) share it without transactions:
 * a worker claims a page of due messages with one conditional {@code updateMulti} (a claim id and a
 * lease), so each message is held by whoever's update matched it first, and only the holder of the
 * claim records a failure or a retry. A delivery is recorded by {@code _id} (see {@link #markSent}).
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
     * Claims up to {@code size} pending messages due now, the first due first, under one fresh claim
     * and a lease until {@code leaseUntil}; each counts one more attempt. They stay PENDING while
     * claimed: a message becomes SENDING only when transactional mail is handed to the server
     * ({@link #markHandedOver}), so a worker killed before reaching a message leaves it to the next
     * claim once the lease ran out. Three commands for the whole page: one search for the ids (a
     * scan on the embedded server, which has no secondary index), one conditional {@code updateMulti}
     * (another scan; it takes only what nobody claimed meanwhile, so two workers never hold the same
     * message) and one read by {@code _id}. Returned in the order they fell due.
     */
    public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int size) {
        Query due = Query.query(dueAndFree(now)).with(Sort.by("nextAttemptAt")).limit(size);
        due.fields().include("_id");
        List<Object> ids = mongo.find(due, Document.class, collection()).stream().map(found -> found.get("_id"))
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String claim = UUID.randomUUID().toString();
        mongo.updateMulti(Query.query(dueAndFree(now).and("_id").in(ids)), new Update().set("claim", claim)
                .set("leaseUntil", leaseUntil).inc("attempts", 1), OutboxMessage.class);
        Map<String, OutboxMessage> claimed = mongo.find(Query.query(Criteria.where("_id").in(ids)), OutboxMessage.class)
                .stream().filter(message -> claim.equals(message.getClaim()))
                .collect(Collectors.toMap(OutboxMessage::getId, Function.identity()));
        return ids.stream().map(id -> claimed.get(id.toString())).filter(Objects::nonNull).toList();
    }

    /** Pending, due, and claimed by nobody (or by a worker whose lease ran out). */
    private static Criteria dueAndFree(Instant now) {
        return Criteria.where("state").is(DeliveryState.PENDING).and("nextAttemptAt").lte(now).orOperator(
                Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now));
    }

    /**
     * Gives back claimed messages the worker will not send (it is stopping, or its lease is running
     * out): they are due again at once for any worker, and the attempt they were counted is undone.
     */
    public void release(Collection<OutboxMessage> claimed) {
        for (String claim : claimed.stream().map(OutboxMessage::getClaim).filter(Objects::nonNull).distinct().toList()) {
            List<String> ids = claimed.stream().filter(message -> claim.equals(message.getClaim()))
                    .map(OutboxMessage::getId).toList();
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and("claim").is(claim)
                    .and("state").is(DeliveryState.PENDING)), new Update().unset("claim").unset("leaseUntil")
                    .inc("attempts", -1), OutboxMessage.class);
        }
    }

    /**
     * Transactional mail only, just before it is handed to the SMTP server: SENDING under the
     * holder's claim, so that if the worker dies now the message is given up rather than sent twice
     * (at most once, DD008). False if the claim is no longer the holder's: then it must not be sent.
     */
    public boolean markHandedOver(OutboxMessage claimed) {
        return update(claimed, new Update().set("state", DeliveryState.SENDING));
    }

    /**
     * Records the delivery, by {@code _id} alone (the one lookup the embedded server answers from
     * an index): one write per mail, made durable before the next mail is handed over. False if the
     * claim was no longer the holder's (its lease ran out and another worker took the message).
     */
    public boolean markSent(OutboxMessage claimed, Instant sentAt) {
        // Not conditional on the claim or SENDING: a worker slower than its lease may find its message
        // taken or marked interrupted, and the truth is that it was sent.
        Query byId = Query.query(Criteria.where("_id").is(claimed.getId()));
        byId.fields().include("claim");
        Document before = mongo.findAndModify(byId, new Update().set("state", DeliveryState.SENT).set("sentAt", sentAt)
                .unset("claim").unset("leaseUntil").unset("lastError"), Document.class, collection());
        return before != null && Objects.equals(before.get("claim"), claimed.getClaim());
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

    private String collection() {
        return mongo.getCollectionName(OutboxMessage.class);
    }

    private static String shortened(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "…";
    }
}
