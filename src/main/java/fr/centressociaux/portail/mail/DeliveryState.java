package fr.centressociaux.portail.mail;

/** Where a message of the outbox stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /**
     * Transactional mail a worker is handing to the SMTP server (bulk mail stays PENDING under its
     * queue page's lease while it is sent).
     */
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
