package fr.centressociaux.portail.newsletter.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.centressociaux.portail.newsletter.IssueStatus;
import fr.centressociaux.portail.newsletter.NewsletterIssue;
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
 * The issues collection, and the claim on an issue being sent: like the outbox's claim on a
 * message (DD008), one node at a time holds a lease on it, renewed with every page it writes; an
 * expired lease (the node died) lets another node take over from the cursor.
 */
@Component
public class IssueStore {

    private final MongoOperations mongo;

    IssueStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public NewsletterIssue save(NewsletterIssue issue) {
        return mongo.save(issue);
    }

    public Optional<NewsletterIssue> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, NewsletterIssue.class));
    }

    public List<NewsletterIssue> page(Pageable page) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).with(page),
                NewsletterIssue.class);
    }

    public long count() {
        return mongo.count(new Query(), NewsletterIssue.class);
    }

    public List<NewsletterIssue> sent(Pageable page) {
        return mongo.find(Query.query(Criteria.where("status").is(IssueStatus.SENT))
                .with(Sort.by(Sort.Direction.DESC, "sentAt")).with(page), NewsletterIssue.class);
    }

    /**
     * Claims an issue whose time has come, or one whose sender's lease ran out: it becomes SENDING
     * under a fresh claim until {@code leaseUntil}.
     */
    public Optional<NewsletterIssue> claimDue(Instant now, Instant leaseUntil) {
        Query due = Query.query(new Criteria().orOperator(
                Criteria.where("status").is(IssueStatus.SCHEDULED).and("scheduledAt").lte(now),
                Criteria.where("status").is(IssueStatus.SENDING).and("leaseUntil").lt(now)))
                .with(Sort.by("scheduledAt"));
        Update claim = new Update().set("status", IssueStatus.SENDING).set("claim", UUID.randomUUID().toString())
                .set("leaseUntil", leaseUntil);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                NewsletterIssue.class));
    }

    /** Records the audience counted when sending began; false if the claim was lost. */
    public boolean startCounting(NewsletterIssue claimed, long audience) {
        return held(claimed, new Update().set("audience", audience));
    }

    /** Records a page written to the outbox and renews the lease; false if the claim was lost. */
    public boolean advance(NewsletterIssue claimed, String cursor, long queued, Instant leaseUntil) {
        return held(claimed, new Update().set("cursor", cursor).inc("queued", queued).set("leaseUntil", leaseUntil));
    }

    public boolean finish(NewsletterIssue claimed, Instant at) {
        return held(claimed, new Update().set("status", IssueStatus.SENT).set("sentAt", at).unset("claim")
                .unset("leaseUntil"));
    }

    private boolean held(NewsletterIssue claimed, Update update) {
        Query held = Query.query(Criteria.where("_id").is(claimed.getId()).and("claim").is(claimed.getClaim())
                .and("status").is(IssueStatus.SENDING));
        return mongo.updateFirst(held, update, NewsletterIssue.class).getModifiedCount() == 1;
    }

    /** The list an issue goes to, for the suppression check; null once the issue is gone. */
    public @Nullable String listOf(String issueId) {
        NewsletterIssue issue = mongo.findById(issueId, NewsletterIssue.class);
        return issue == null || issue.getSegment() == null ? null : issue.getSegment().listId();
    }
}
