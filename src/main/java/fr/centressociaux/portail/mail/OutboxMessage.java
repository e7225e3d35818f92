package fr.centressociaux.portail.mail;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail of the outbox: what to send, rendered when the change that causes it was made, and
 * where its delivery stands. While it waits, it belongs to one page of the outbox's queue; the
 * worker holding that page's lease is the only one to send it (see
 * {@code docs/decisions/DD008-mail-outbox.md}). Sent messages are kept 90 days for the
 * "Courriels envoyés" page, then expire.
 */
@Document("mail_outbox")
@CompoundIndex(name = "batch_state", def = "{'batch': 1, 'state': 1}", sparse = true)
public class OutboxMessage {

    @Id
    private @Nullable String id;
    private final String recipient;
    private final String subject;
    private final String body;
    private final @Nullable String html;
    private final Map<String, String> headers;
    /** The campaign (bulk mail) this message belongs to; absent for transactional mail. */
    private final @Nullable String batch;
    /** Unique when present: the same mail is never written twice (DD014). Sparse: most mails have none. */
    @Indexed(name = "idempotency_key", unique = true, sparse = true)
    private final @Nullable String key;
    /** Chosen when written, so every attempt and any copy of the message carries the same one. */
    private final String messageId;
    @Indexed
    private final Instant createdAt;
    private DeliveryState state;
    private int attempts;
    private Instant nextAttemptAt;
    /**
     * The queue page it waits in, while PENDING or SENDING: a message is sent only from this page,
     * so a stale page naming it (written before a retry moved it) never sends it twice.
     */
    private @Nullable String page;
    private @Nullable String lastError;
    @Indexed(name = "sent_expiry", expireAfter = "90d")
    private @Nullable Instant sentAt;

    public OutboxMessage(OutgoingMail mail, String messageId, Instant createdAt) {
        this(null, mail.to(), mail.subject(), mail.body(), mail.html(), mail.headers(), mail.batch(), mail.key(),
                messageId, createdAt, DeliveryState.PENDING, 0, createdAt, null, null, null);
    }

    /** This message with its {@code _id} chosen before it is written, and the queue page it waits in. */
    public OutboxMessage queuedAs(String id, String page) {
        return new OutboxMessage(id, recipient, subject, body, html, headers, batch, key, messageId, createdAt, state,
                attempts, nextAttemptAt, page, lastError, sentAt);
    }

    @PersistenceCreator
    OutboxMessage(@Nullable String id, String recipient, String subject, String body, @Nullable String html,
            @Nullable Map<String, String> headers, @Nullable String batch, @Nullable String key, String messageId,
            Instant createdAt, DeliveryState state, int attempts, Instant nextAttemptAt, @Nullable String page,
            @Nullable String lastError, @Nullable Instant sentAt) {
        this.id = id;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.html = html;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
        this.batch = batch;
        this.key = key;
        this.messageId = messageId;
        this.createdAt = createdAt;
        this.state = state;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.page = page;
        this.lastError = lastError;
        this.sentAt = sentAt;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getHtml() {
        return html;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public @Nullable String getBatch() {
        return batch;
    }

    public @Nullable String getKey() {
        return key;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public DeliveryState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getPage() {
        return page;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
