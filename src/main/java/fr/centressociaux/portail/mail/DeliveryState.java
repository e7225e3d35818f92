package fr.centressociaux.portail.mail;

/** Where a message of the outbox stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a worker, which holds a lease on it while it talks to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /**
     * Given up: every attempt failed, the server refused it for good, or a worker stopped while
     * sending it (it may have arrived, so it is not tried again: at most once).
     */
    FAILED,
    /**
     * Not sent: just before sending, a {@link RecipientSuppression} said its recipient no longer
     * wants the mails of its batch (unsubscribed, bounced).
     */
    SUPPRESSED;

    public String labelKey() {
        return "sent-mail.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
