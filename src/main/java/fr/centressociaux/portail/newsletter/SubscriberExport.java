package fr.centressociaux.portail.newsletter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Everything the newsletter keeps about one person, for their right of access: who they are, where
 * they come from, and each list with its consent (when, how, by whom) and when they left.
 */
public record SubscriberExport(String email, String name, @Nullable String function, SubscriberSource source,
        @Nullable String centreName, @Nullable String bouncedAt, List<Line> subscriptions) {

    /** One list of the person's, named. */
    public record Line(String list, SubscriptionStatus status, String consentAt, ConsentSource consentHow,
            @Nullable String consentBy, @Nullable String leftAt) {
    }

    static SubscriberExport of(Subscriber subscriber, List<MailingList> lists) {
        Map<String, String> names = lists.stream().collect(Collectors.toMap(MailingList::getId, MailingList::getName));
        Function<Subscription, Line> line = s -> new Line(names.getOrDefault(s.listId(), s.listId()), s.status(),
                s.consentAt().toString(), s.consentHow(), s.consentBy(), s.leftAt() == null ? null : s.leftAt().toString());
        return new SubscriberExport(subscriber.getEmail(), subscriber.getName(), subscriber.getFunction(),
                subscriber.getSource(), subscriber.getCentreName(),
                subscriber.getBouncedAt() == null ? null : subscriber.getBouncedAt().toString(),
                subscriber.getSubscriptions().stream().map(line).toList());
    }
}
