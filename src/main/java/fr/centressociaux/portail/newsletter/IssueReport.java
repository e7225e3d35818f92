package fr.centressociaux.portail.newsletter;

import java.util.Map;

import fr.centressociaux.portail.mail.DeliveryState;

/**
 * Where an issue's sending stands: recipients counted when it began, mails written to the outbox,
 * the outbox's count per delivery state, and how many left the list after it was sent.
 */
public record IssueReport(IssueStatus status, long audience, long queued, Map<DeliveryState, Long> deliveries,
        long unsubscribedAfter) {

    public long count(DeliveryState state) {
        return deliveries.getOrDefault(state, 0L);
    }

    /** Mails the outbox has settled (sent, failed or suppressed). */
    public long settled() {
        return count(DeliveryState.SENT) + count(DeliveryState.FAILED) + count(DeliveryState.SUPPRESSED);
    }
}
