package fr.centressociaux.portail.newsletter;

import java.util.Locale;

/** How a person came to be on a list: the "how" of their recorded consent. */
public enum ConsentSource {
    /** Their portal account's role (directors, delegates, staff receive the weekly newsletter). */
    PORTAL_ACCOUNT,
    /** Listed by their centre's director or by staff (board members, staff, partners). */
    ADDED_BY_STAFF,
    /** A contact import (CSV/XLSX). */
    IMPORT,
    /** The public page, confirmed from the mail (double opt-in). */
    PUBLIC_FORM;

    public String labelKey() {
        return "newsletter.consent." + name().toLowerCase(Locale.ROOT);
    }
}
