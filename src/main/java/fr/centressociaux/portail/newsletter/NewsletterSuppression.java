package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.centressociaux.portail.mail.MailBounced;
import fr.centressociaux.portail.mail.RecipientSuppression;
import fr.centressociaux.portail.newsletter.internal.IssueStore;
import fr.centressociaux.portail.newsletter.internal.SubscriberStore;
import fr.centressociaux.portail.shared.EmailAddresses;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the newsletter's mails from people who no longer want them: just before the outbox sends
 * a mail of an issue, its recipient must still be confirmed on the issue's list and not bounced
 * (they may have left after the mail was written). A permanent refusal by the SMTP server marks the
 * address bounced, so no later issue is written for it.
 */
@Component
class NewsletterSuppression implements RecipientSuppression {

    private final IssueStore issues;
    private final SubscriberStore subscribers;
    private final Clock clock;
    /** An issue's list does not change once it is being sent. */
    private final Map<String, String> listOfIssue = new ConcurrentHashMap<>();

    NewsletterSuppression(IssueStore issues, SubscriberStore subscribers, Clock clock) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Override
    public boolean suppresses(String recipient, String batch) {
        if (!batch.startsWith(IssueMails.BATCH_PREFIX)) {
            return false;
        }
        String issueId = batch.substring(IssueMails.BATCH_PREFIX.length());
        String listId = listOfIssue.computeIfAbsent(issueId, id -> {
            String list = issues.listOf(id);
            return list == null ? "" : list;
        });
        return subscribers.byEmail(EmailAddresses.normalise(recipient))
                .map(subscriber -> !subscriber.receives(listId)).orElse(true);
    }

    @EventListener
    void bounced(MailBounced bounce) {
        subscribers.markBounced(EmailAddresses.normalise(bounce.recipient()), clock.instant(), bounce.reply());
    }
}
