package fr.centressociaux.portail.newsletter.internal;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.newsletter.Segment;
import fr.centressociaux.portail.newsletter.Subscriber;
import fr.centressociaux.portail.newsletter.SubscriptionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * The subscribers collection: lookups by address and token, scoped pages, and the segment query
 * that both counts an audience before sending and walks it, in {@code _id} order, while sending.
 */
@Component
public class SubscriberStore {

    private final MongoOperations mongo;

    SubscriberStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Subscriber save(Subscriber subscriber) {
        return mongo.save(subscriber);
    }

    public Optional<Subscriber> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscriber.class));
    }

    public Optional<Subscriber> byEmail(String normalisedEmail) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("email").is(normalisedEmail)),
                Subscriber.class));
    }

    /** The subscribers of these addresses (one query on the unique address index); unknown ones are left out. */
    public List<Subscriber> byEmails(java.util.Collection<String> normalisedEmails) {
        return mongo.find(Query.query(Criteria.where("email").in(normalisedEmails)), Subscriber.class);
    }

    public Optional<Subscriber> byToken(String token) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("token").is(token)), Subscriber.class));
    }

    public List<Subscriber> page(Criteria scope, @Nullable String text, Pageable page) {
        return mongo.find(query(scope, text).with(Sort.by("name")).with(page), Subscriber.class);
    }

    public long count(Criteria scope, @Nullable String text) {
        return mongo.count(query(scope, text), Subscriber.class);
    }

    /** Marks the address bounced (once: the first refusal is kept). */
    public void markBounced(String normalisedEmail, java.time.Instant at, String reply) {
        mongo.updateFirst(Query.query(Criteria.where("email").is(normalisedEmail).and("bouncedAt").is(null)),
                new org.springframework.data.mongodb.core.query.Update().set("bouncedAt", at).set("bounceReply", reply),
                Subscriber.class);
    }

    /** How many confirmed-then-left the list after the given time: the unsubscriptions an issue caused. */
    public long leftAfter(String listId, java.time.Instant after) {
        return mongo.count(Query.query(Criteria.where("subscriptions").elemMatch(Criteria.where("listId").is(listId)
                .and("status").is(SubscriptionStatus.UNSUBSCRIBED).and("leftAt").gte(after))), Subscriber.class);
    }

    public void delete(Subscriber subscriber) {
        mongo.remove(subscriber);
    }

    /** The confirmed, not bounced subscribers of the segment. */
    public long count(Segment segment) {
        return mongo.count(Query.query(of(segment)), Subscriber.class);
    }

    /** The next {@code size} subscribers of the segment after the given id (null: from the start). */
    public List<Subscriber> after(Segment segment, @Nullable String lastId, int size) {
        Criteria criteria = of(segment);
        if (lastId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("_id").gt(new org.bson.types.ObjectId(lastId)));
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(size), Subscriber.class);
    }

    private static Criteria of(Segment segment) {
        Criteria criteria = Criteria.where("subscriptions").elemMatch(Criteria.where("listId").is(segment.listId())
                .and("status").is(SubscriptionStatus.CONFIRMED)).and("bouncedAt").is(null);
        if (!segment.roles().isEmpty()) {
            criteria.and("role").in(segment.roles());
        }
        if (segment.function() != null && !segment.function().isBlank()) {
            criteria.and("function").regex(Pattern.quote(segment.function().strip()), "i");
        }
        if (segment.territoryId() != null) {
            criteria.and("territoryId").is(segment.territoryId());
        }
        if (segment.department() != null) {
            criteria.and("department").is(segment.department());
        }
        if (segment.centreKind() != null) {
            criteria.and("centreKind").is(segment.centreKind());
        }
        return criteria;
    }

    private static Query query(Criteria scope, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Query.query(scope);
        }
        String quoted = Pattern.quote(text.strip());
        return Query.query(new Criteria().andOperator(scope, new Criteria().orOperator(
                Criteria.where("name").regex(quoted, "i"), Criteria.where("email").regex(quoted, "i"))));
    }
}
