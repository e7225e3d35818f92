package fr.centressociaux.portail.newsletter;

import java.util.Locale;

/** Where a person stands on one list. */
public enum SubscriptionStatus {
    /** Asked on the public page, confirmation mail sent, not counted yet (double opt-in). */
    PENDING,
    CONFIRMED,
    /** Left the list; never mailed from it again unless they subscribe again. */
    UNSUBSCRIBED;

    public String labelKey() {
        return "newsletter.status." + name().toLowerCase(Locale.ROOT);
    }
}
