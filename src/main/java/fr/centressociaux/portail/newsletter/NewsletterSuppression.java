package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.MailBounced;
import fr.centressociaux.portail.mail.RecipientSuppression;
import fr.centressociaux.portail.newsletter.internal.IssueStore;
import fr.centressociaux.portail.newsletter.internal.SubscriberStore;
import fr.centressociaux.portail.shared.EmailAddresses;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the newsletter's mails from people who no longer want them: just before the outbox sends
 * a page of an issue's mails, their recipients must still be confirmed on the issue's list and not
 * bounced (they may have left after the mails were written); one query by address for the page. A permanent refusal by the SMTP server marks the
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
    public Set<String> suppressedAmong(String batch, Collection<String> recipients) {
        if (!batch.startsWith(IssueMails.BATCH_PREFIX)) {
            return Set.of();
        }
        String issueId = batch.substring(IssueMails.BATCH_PREFIX.length());
        String listId = listOfIssue.computeIfAbsent(issueId, id -> {
            String list = issues.listOf(id);
            return list == null ? "" : list;
        });
        Set<String> receiving = subscribers.byEmails(recipients.stream().map(EmailAddresses::normalise).toList())
                .stream().filter(subscriber -> subscriber.receives(listId)).map(Subscriber::getEmail)
                .collect(Collectors.toSet());
        return recipients.stream().filter(recipient -> !receiving.contains(EmailAddresses.normalise(recipient)))
                .collect(Collectors.toSet());
    }

    @EventListener
    void bounced(MailBounced bounce) {
        subscribers.markBounced(EmailAddresses.normalise(bounce.recipient()), clock.instant(), bounce.reply());
    }
}
