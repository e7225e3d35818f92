package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One page of the outbox's queue: the ids of up to {@code claim-page} messages written together,
 * due from {@code dueAt}. A worker claims a whole page with one conditional update (a claim id and
 * a lease), sends its messages, and deletes it; a page whose lease ran out is claimed again. The
 * queue holds only what is still to send, so finding work never reads the messages collection,
 * which keeps every mail for 90 days (DD008). Not an {@code AuditedDocument}: a machine's queue
 * entry, like the messages it names.
 */
@Document("mail_outbox_queue")
class QueuedPage {

    @Id
    private final String id;
    private final List<String> messages;
    @Indexed
    private final Instant dueAt;
    private final @Nullable String claim;
    private final @Nullable Instant leaseUntil;
    /**
     * Set when the page was first given back because messages it names were not written yet: when
     * it first fell due. Kept through later give-backs (each due a second later), so a page whose
     * writer died is dropped a lease after that, however often it was claimed meanwhile.
     */
    private final @Nullable Instant awaitingWriteSince;

    QueuedPage(String id, List<String> messages, Instant dueAt) {
        this(id, messages, dueAt, null, null, null);
    }

    @PersistenceCreator
    QueuedPage(String id, List<String> messages, Instant dueAt, @Nullable String claim, @Nullable Instant leaseUntil,
            @Nullable Instant awaitingWriteSince) {
        this.id = id;
        this.messages = List.copyOf(messages);
        this.dueAt = dueAt;
        this.claim = claim;
        this.leaseUntil = leaseUntil;
        this.awaitingWriteSince = awaitingWriteSince;
    }

    String getId() {
        return id;
    }

    List<String> getMessages() {
        return messages;
    }

    Instant getDueAt() {
        return dueAt;
    }

    @Nullable String getClaim() {
        return claim;
    }

    @Nullable Instant getLeaseUntil() {
        return leaseUntil;
    }

    @Nullable Instant getAwaitingWriteSince() {
        return awaitingWriteSince;
    }

    /** When the page first fell due: the start of its wait for messages still being written. */
    Instant firstDueAt() {
        return awaitingWriteSince != null ? awaitingWriteSince : dueAt;
    }
}
