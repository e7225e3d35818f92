package fr.centressociaux.portail.mail;

/**
 * Asked by the outbox worker just before it sends a mail of a batch (bulk mail): whether its
 * recipient must not receive it any more (they unsubscribed or their address bounced since the
 * mail was written). A suppressed mail is never sent and shows as {@link DeliveryState#SUPPRESSED}.
 * Modules that send bulk mail provide one as a bean; transactional mails are never suppressed.
 */
public interface RecipientSuppression {

    boolean suppresses(String recipient, String batch);
}
