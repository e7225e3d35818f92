package fr.centressociaux.portail.newsletter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person's place on one list, with their consent: when, how, and by whom it was recorded
 * ({@code by} is the signed-in person's e-mail, or null for the public page), and when they left.
 */
public record Subscription(String listId, SubscriptionStatus status, Instant consentAt, ConsentSource consentHow,
        @Nullable String consentBy, @Nullable Instant leftAt) {

    Subscription confirmed(Instant at) {
        return new Subscription(listId, SubscriptionStatus.CONFIRMED, at, consentHow, consentBy, null);
    }

    Subscription left(Instant at) {
        return new Subscription(listId, SubscriptionStatus.UNSUBSCRIBED, consentAt, consentHow, consentBy, at);
    }
}
