package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.newsletter.internal.ListStore;
import fr.centressociaux.portail.newsletter.internal.SubscriberStore;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.RateLimiter;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.stereotype.Service;

/**
 * What anyone may do without signing in: ask to subscribe to a public list (double opt-in: a
 * confirmation mail through the outbox, counted only once confirmed; rate-limited per address and
 * per client), confirm, and, from the personal link every newsletter carries, see their lists and
 * leave one or all. An unknown token changes nothing and says nothing about anyone.
 */
@Service
public class PublicSubscriptions {

    static final int REQUESTS_PER_ADDRESS_PER_HOUR = 3;
    static final int REQUESTS_PER_CLIENT_PER_HOUR = 20;

    private final SubscriberStore subscribers;
    private final ListStore lists;
    private final Outbox outbox;
    private final RateLimiter rateLimiter;
    private final InputValidation validation;
    private final Links links;
    private final Texts texts;
    private final Clock clock;

    PublicSubscriptions(SubscriberStore subscribers, ListStore lists, Outbox outbox, RateLimiter rateLimiter,
            InputValidation validation, Links links, Texts texts, Clock clock) {
        this.subscribers = subscribers;
        this.lists = lists;
        this.outbox = outbox;
        this.rateLimiter = rateLimiter;
        this.validation = validation;
        this.links = links;
        this.texts = texts;
        this.clock = clock;
    }

    public List<MailingList> publicLists() {
        return lists.publicLists();
    }

    /**
     * Records a pending subscription and mails the confirmation link. Someone already confirmed
     * gets nothing new; the page says the same in every case, so it tells no one who is subscribed.
     */
    public void request(SubscriptionRequest request, String clientKey) {
        validation.check(request);
        String email = EmailAddresses.normalise(request.email());
        if (!rateLimiter.tryAcquire("newsletter-subscribe:" + email, REQUESTS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
                || !rateLimiter.tryAcquire("newsletter-subscribe-client:" + clientKey, REQUESTS_PER_CLIENT_PER_HOUR,
                        Duration.ofHours(1))) {
            throw new UserFacingException("newsletter.subscribe.too-many");
        }
        MailingList list = lists.get(request.listId());
        if (!list.isPublicSubscription()) {
            throw new UserFacingException("newsletter.list.not-found");
        }
        Subscriber subscriber = subscribers.byEmail(email)
                .orElseGet(() -> new Subscriber(email, request.name().strip(), SubscriberSource.SELF, Tokens.random()));
        if (subscriber.receives(list.getId())) {
            return;
        }
        subscriber.put(new Subscription(list.getId(), SubscriptionStatus.PENDING, clock.instant(),
                ConsentSource.PUBLIC_FORM, null, null));
        subscribers.save(subscriber);
        String link = links.to(NewsletterLinks.confirm(subscriber.getToken(), list.getId()));
        outbox.enqueue(new OutgoingMail(email, texts.get("newsletter.confirm-mail.subject", list.getName()),
                texts.get("newsletter.confirm-mail.body", list.getName(), link)));
    }

    /** Confirms a pending subscription: from now on it counts. False for an unknown token or list. */
    public boolean confirm(String token, String listId) {
        Optional<Subscriber> found = subscribers.byToken(token);
        if (found.isEmpty()) {
            return false;
        }
        Subscriber subscriber = found.get();
        Optional<Subscription> pending = subscriber.subscription(listId);
        if (pending.isEmpty()) {
            return false;
        }
        if (pending.get().status() != SubscriptionStatus.CONFIRMED) {
            subscriber.put(pending.get().confirmed(clock.instant()));
            subscribers.save(subscriber);
        }
        return true;
    }

    public Optional<Preferences> preferences(String token) {
        Map<String, MailingList> byId = lists.all().stream()
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        return subscribers.byToken(token).map(subscriber -> new Preferences(subscriber.getName(),
                subscriber.getEmail(), subscriber.getSubscriptions().stream()
                        .filter(s -> byId.containsKey(s.listId()))
                        .map(s -> new Preferences.Line(s.listId(), byId.get(s.listId()).getName(), s.status()))
                        .toList()));
    }

    /** Leaves one list; false for an unknown token. */
    public boolean leave(String token, String listId) {
        return leaveWhere(token, listId::equals);
    }

    /** Leaves every list (the one-click unsubscribe); false for an unknown token. */
    public boolean leaveAll(String token) {
        return leaveWhere(token, listId -> true);
    }

    private boolean leaveWhere(String token, java.util.function.Predicate<String> which) {
        Optional<Subscriber> found = subscribers.byToken(token);
        found.ifPresent(subscriber -> {
            subscriber.getSubscriptions().stream()
                    .filter(s -> which.test(s.listId()) && s.status() != SubscriptionStatus.UNSUBSCRIBED)
                    .forEach(s -> subscriber.put(s.left(clock.instant())));
            subscribers.save(subscriber);
        });
        return found.isPresent();
    }
}
