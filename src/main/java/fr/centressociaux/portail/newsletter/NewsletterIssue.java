package fr.centressociaux.portail.newsletter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One issue (numéro) of a list: its text, its audience, and where its sending stands. Sending
 * writes one outbox mail per recipient, page after page in subscriber id order; {@code cursor} is
 * the last subscriber written, so a node that takes over after a crash goes on from there, and the
 * outbox's idempotency keys drop whatever the crashed node wrote after its last cursor update.
 */
@Document("newsletter_issues")
@CompoundIndex(name = "due", def = "{'status': 1, 'scheduledAt': 1}")
public class NewsletterIssue extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String subject;
    private String preheader;
    private List<String> sections = new ArrayList<>();
    private IssueStatus status = IssueStatus.DRAFT;
    private @Nullable Segment segment;
    private @Nullable Instant scheduledAt;
    private long audience;
    private long queued;
    private @Nullable String cursor;
    private @Nullable String claim;
    private @Nullable Instant leaseUntil;
    private @Nullable Instant sentAt;
    /** The Monday of the week a prepared weekly draft is for; one draft per week, whichever node makes it. */
    @Indexed(unique = true, sparse = true)
    private @Nullable LocalDate weekOf;

    public NewsletterIssue(String subject, String preheader, List<String> sections) {
        this.subject = subject;
        this.preheader = preheader;
        this.sections = new ArrayList<>(sections);
    }

    public String getId() {
        return Objects.requireNonNull(id, "not stored yet");
    }

    public String getSubject() {
        return subject;
    }

    public String getPreheader() {
        return preheader;
    }

    public List<String> getSections() {
        return List.copyOf(sections);
    }

    public IssueStatus getStatus() {
        return status;
    }

    public @Nullable Segment getSegment() {
        return segment;
    }

    public @Nullable Instant getScheduledAt() {
        return scheduledAt;
    }

    /** Recipients counted when sending began. */
    public long getAudience() {
        return audience;
    }

    /** Mails written to the outbox so far. */
    public long getQueued() {
        return queued;
    }

    public @Nullable String getCursor() {
        return cursor;
    }

    public @Nullable String getClaim() {
        return claim;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public IssueDraft draft() {
        return new IssueDraft(subject, preheader, sections);
    }

    void rewrite(IssueDraft draft) {
        this.subject = draft.subject().strip();
        this.preheader = draft.preheader() == null ? "" : draft.preheader().strip();
        this.sections = new ArrayList<>(draft.sections());
    }

    void schedule(Segment segment, Instant at) {
        this.segment = segment;
        this.scheduledAt = at;
        this.status = IssueStatus.SCHEDULED;
    }

    /** For demo data only: an issue of the past, as if sent then, without writing any mail today. */
    void sentBefore(Segment segment, Instant at, long audience) {
        this.segment = segment;
        this.scheduledAt = at;
        this.sentAt = at;
        this.audience = audience;
        this.status = IssueStatus.SENT;
    }

    public @Nullable LocalDate getWeekOf() {
        return weekOf;
    }

    /** Marks a draft prepared automatically as the one of the week starting on {@code monday}. */
    void preparedFor(LocalDate monday) {
        this.weekOf = monday;
    }

    void unschedule() {
        this.status = IssueStatus.DRAFT;
        this.scheduledAt = null;
    }
}
