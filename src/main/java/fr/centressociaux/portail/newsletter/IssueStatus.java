package fr.centressociaux.portail.newsletter;

import java.util.Locale;

/** Where an issue stands: written, waiting for its time, being written to the outbox, all written. */
public enum IssueStatus {
    DRAFT,
    SCHEDULED,
    /** Its mails are being written to the outbox, page by page, by the node holding its lease. */
    SENDING,
    /** Every recipient's mail is in the outbox; the outbox sends them (see the report). */
    SENT;

    public String labelKey() {
        return "newsletter.issue-status." + name().toLowerCase(Locale.ROOT);
    }
}
