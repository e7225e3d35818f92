package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.OutboxSettings;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox collection and its queue ({@link OutboxQueue}). Messages are written together with the
 * queue pages naming them; a worker claims a page, reads its messages by {@code _id} and records
 * each outcome by {@code _id}: the only lookup the embedded server answers from an index, so no
 * command of the sending path scans the messages, which stay 90 days. The page's lease is the lock:
 * only its holder writes to its messages, and a message is sent only from the page it names
 * ({@link OutboxMessage#getPage()}), so two workers never hold the same message.
 */
@Component
public class OutboxStore {

    private static final int MAX_ERROR_LENGTH = 500;
    private static final Set<DeliveryState> WAITING = Set.of(DeliveryState.PENDING, DeliveryState.SENDING);

    private final MongoOperations mongo;
    private final OutboxQueue queue;
    private final OutboxSettings settings;

    OutboxStore(MongoOperations mongo, OutboxQueue queue, OutboxSettings settings) {
        this.mongo = mongo;
        this.queue = queue;
        this.settings = settings;
    }

    /**
     * Writes the messages, but none whose idempotency key is already in the outbox: writing a
     * campaign again after an interruption adds only what was missing. The unique index on the key
     * stays the guard if two writers race; then the loser's insert fails and it may simply retry.
     * The queue pages naming them are written first: a crash in between leaves a page naming
     * messages that do not exist, which a worker simply drops, never a message no page names.
     */
    public List<OutboxMessage> insertAll(Collection<OutboxMessage> messages) {
        List<String> keys = messages.stream().map(OutboxMessage::getKey).filter(Objects::nonNull).toList();
        Set<String> present = keys.isEmpty() ? Set.of() : new HashSet<>(mongo.findDistinct(
                Query.query(Criteria.where("key").in(keys)), "key", OutboxMessage.class, String.class));
        List<OutboxMessage> missing = messages.stream()
                .filter(message -> message.getKey() == null || !present.contains(message.getKey())).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        List<QueuedPage> pages = new ArrayList<>();
        List<OutboxMessage> queued = new ArrayList<>(missing.size());
        int pageSize = Math.max(1, settings.claimPage());
        for (int from = 0; from < missing.size(); from += pageSize) {
            String page = new ObjectId().toHexString();
            List<OutboxMessage> inPage = missing.subList(from, Math.min(missing.size(), from + pageSize)).stream()
                    .map(message -> message.queuedAs(new ObjectId().toHexString(), page)).toList();
            pages.add(new QueuedPage(page, inPage.stream().map(OutboxMessage::getId).toList(),
                    inPage.stream().map(OutboxMessage::getNextAttemptAt).min(Comparator.naturalOrder()).orElseThrow()));
            queued.addAll(inPage);
        }
        queue.add(pages);
        return List.copyOf(mongo.insert(queued, OutboxMessage.class));
    }

    /**
     * Claims the queue page that fell due first, with a lease until {@code leaseUntil}, and reads
     * the messages it still has to send (waiting, and naming this page) by {@code _id}, in the
     * page's order. Empty when no page is due.
     */
    Optional<ClaimedPage> claimDue(Instant now, Instant leaseUntil) {
        QueuedPage page = queue.claim(now, leaseUntil);
        if (page == null) {
            return Optional.empty();
        }
        Map<String, OutboxMessage> found = mongo.find(Query.query(Criteria.where("_id").in(page.getMessages())),
                OutboxMessage.class).stream().collect(Collectors.toMap(OutboxMessage::getId, Function.identity()));
        return Optional.of(new ClaimedPage(page, page.getMessages().stream().map(found::get).filter(Objects::nonNull)
                .filter(message -> page.getId().equals(message.getPage()) && WAITING.contains(message.getState()))
                .toList(), page.getMessages().stream().filter(id -> !found.containsKey(id)).toList()));
    }

    /** Extends the lease on a page being sent; false if another worker took it meanwhile. */
    boolean renew(ClaimedPage page, Instant leaseUntil) {
        return queue.renew(page.queued(), leaseUntil);
    }

    /**
     * Ends the holder's work on a page: the messages it did not send go back to the queue, due at
     * once; without any, the page is deleted. A page is written just before its messages, so a
     * worker may claim it while they are being inserted: ids not found yet keep the page, due again
     * a second later, until a lease after it first fell due (then its writer died before writing
     * them, or they were deleted). Meanwhile the page still counts as work due ({@link #hasWorkDue}):
     * its mail is on its way.
     */
    void finish(ClaimedPage page, List<OutboxMessage> unsent, Instant now) {
        // From when it first fell due, not its latest due time (a second after each give-back), else
        // a page whose messages never come would be claimed again every second for ever.
        boolean young = page.queued().firstDueAt().isAfter(now.minus(settings.lease()));
        List<String> awaited = young ? page.unwritten() : List.of();
        List<String> rest = new ArrayList<>(unsent.stream().map(OutboxMessage::getId).toList());
        rest.addAll(awaited);
        if (rest.isEmpty()) {
            queue.remove(page.queued());
        } else if (awaited.isEmpty()) {
            queue.giveBack(page.queued(), rest, page.queued().getDueAt());
        } else {
            queue.giveBackAwaitingWrite(page.queued(), rest, now.plusSeconds(1));
        }
    }

    /**
     * Puts messages back in the queue, each due at its time: one new page per due time, written
     * before the messages are moved to it, so a crash in between leaves them in the page being
     * sent (claimed again later) rather than in no page.
     */
    public void requeue(Map<Instant, List<OutboxMessage>> byDueTime) {
        byDueTime.forEach((due, messages) -> {
            String page = new ObjectId().toHexString();
            List<String> ids = messages.stream().map(OutboxMessage::getId).toList();
            queue.add(List.of(new QueuedPage(page, ids, due)));
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), new Update().set("state",
                    DeliveryState.PENDING).set("nextAttemptAt", due).set("page", page), OutboxMessage.class);
        });
    }

    /**
     * Queues the messages waiting without a page: written before the queue existed. One scan,
     * when a node starts. Two nodes doing it at once both write pages, but a message moves only to
     * the first (the update requires it to have none), and the other's pages send nothing.
     */
    public int queueUnpaged() {
        Query unpaged = Query.query(Criteria.where("state").in(WAITING).and("page").exists(false));
        unpaged.fields().include("_id").include("nextAttemptAt");
        List<Document> found = mongo.find(unpaged, Document.class, collection());
        Map<Instant, List<String>> byDueTime = found.stream().collect(Collectors.groupingBy(
                document -> document.getDate("nextAttemptAt").toInstant(),
                Collectors.mapping(document -> document.get("_id").toString(), Collectors.toList())));
        int pageSize = Math.max(1, settings.claimPage());
        byDueTime.forEach((due, ids) -> {
            for (int from = 0; from < ids.size(); from += pageSize) {
                List<String> inPage = ids.subList(from, Math.min(ids.size(), from + pageSize));
                String page = new ObjectId().toHexString();
                queue.add(List.of(new QueuedPage(page, inPage, due)));
                mongo.updateMulti(Query.query(Criteria.where("_id").in(inPage).and("page").exists(false)),
                        new Update().set("page", page), OutboxMessage.class);
            }
        });
        return found.size();
    }

    /**
     * Transactional mail only, just before it is handed to the SMTP server: SENDING, so that if the
     * worker dies now the message is given up rather than sent twice (at most once, DD008).
     */
    public void markHandedOver(OutboxMessage message) {
        updateById(message, new Update().set("state", DeliveryState.SENDING));
    }

    /**
     * Records the delivery, by {@code _id}: one small update per mail, made durable before the next
     * mail is handed over.
     */
    public void markSent(OutboxMessage message, Instant sentAt) {
        // The one write of every mail goes to the driver as it is, without mapping a query and an
        // update through the entity's metadata each time; same fields and types as Spring writes.
        String id = Objects.requireNonNull(message.getId(), "a written message");
        mongo.getCollection(collection()).updateOne(Filters.eq("_id", ObjectId.isValid(id) ? new ObjectId(id) : id),
                Updates.combine(Updates.set("state", DeliveryState.SENT.name()), Updates.set("sentAt",
                        Date.from(sentAt)), Updates.inc("attempts", 1), Updates.unset("page"),
                        Updates.unset("lastError")));
    }

    /**
     * Records an attempt that failed but may be retried: waiting again (no longer handed over), one
     * attempt more. The holder moves it to a later page ({@link #requeue}) when it is done with the
     * page; a crash before that leaves it in the page, tried again when the page is claimed again.
     */
    public void markAttemptFailed(OutboxMessage message, String error) {
        updateById(message, new Update().set("state", DeliveryState.PENDING).set("lastError", shortened(error))
                .inc("attempts", 1));
    }

    /** Gives a message up, counting the attempt that just failed (or was interrupted). */
    public void markFailed(OutboxMessage message, String error) {
        updateById(message, new Update().set("state", DeliveryState.FAILED).set("lastError", shortened(error))
                .inc("attempts", 1).unset("page"));
    }

    /** Records that the messages were not sent because their recipients are suppressed. */
    public void markSuppressed(Collection<OutboxMessage> messages, String reason) {
        if (!messages.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(messages.stream().map(OutboxMessage::getId)
                    .toList())), new Update().set("state", DeliveryState.SUPPRESSED).set("lastError", shortened(reason))
                    .unset("page"), OutboxMessage.class);
        }
    }

    /**
     * How many messages of a batch are in each state (states without any are left out): one
     * aggregation, so one pass over the outbox where the embedded server has no index to use.
     */
    public Map<DeliveryState, Long> countByState(String batch) {
        Aggregation byState = Aggregation.newAggregation(Aggregation.match(Criteria.where("batch").is(batch)),
                Aggregation.group("state").count().as("count"));
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        mongo.aggregate(byState, OutboxMessage.class, Document.class).forEach(row -> counts.put(
                DeliveryState.valueOf(row.getString("_id")), ((Number) row.get("count")).longValue()));
        return counts;
    }

    /** Whether a message is due now or being sent: what a worker still has to finish. */
    public boolean hasWorkDue(Instant now) {
        return queue.anyDue(now);
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

    private void updateById(OutboxMessage message, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getId())), update, OutboxMessage.class);
    }

    private String collection() {
        return mongo.getCollectionName(OutboxMessage.class);
    }

    private static String shortened(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "…";
    }
}
