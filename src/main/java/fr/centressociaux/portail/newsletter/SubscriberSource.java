package fr.centressociaux.portail.newsletter;

import java.util.Locale;

/** Where a subscriber comes from: a portal account, a contact a centre or staff listed, or the public page. */
public enum SubscriberSource {
    ACCOUNT,
    CONTACT,
    SELF;

    public String labelKey() {
        return "newsletter.source." + name().toLowerCase(Locale.ROOT);
    }
}
