package fr.centressociaux.portail.mail;

import java.util.Collection;
import java.util.Set;

/**
 * Asked by the outbox worker just before it sends a page of mails of a batch (bulk mail): which of
 * their recipients must not receive them any more (they unsubscribed or their address bounced since
 * the mails were written). A suppressed mail is never sent and shows as
 * {@link DeliveryState#SUPPRESSED}. Asked once per page and batch, not per mail: one lookup for
 * hundreds of recipients. Modules that send bulk mail provide one as a bean; transactional mails are
 * never suppressed.
 */
public interface RecipientSuppression {

    /** The recipients, among those given (as written in the mails), that must not be mailed. */
    Set<String> suppressedAmong(String batch, Collection<String> recipients);
}
