package fr.centressociaux.portail.newsletter;

/** The newsletter's public addresses, without the portal's base. */
public final class NewsletterLinks {

    public static final String SUBSCRIBE = "lettre/inscription";
    public static final String CONFIRM = "lettre/confirmer";
    public static final String PREFERENCES = "lettre/preferences";
    /** RFC 8058 one-click target: POST unsubscribes from every list, GET leads to the preferences page. */
    public static final String ONE_CLICK = "lettre/desabonner";
    public static final String ISSUES = "lettre";

    private NewsletterLinks() {
    }

    public static String confirm(String token, String listId) {
        return "/" + CONFIRM + "/" + token + "/" + listId;
    }

    public static String preferences(String token) {
        return "/" + PREFERENCES + "/" + token;
    }

    public static String oneClick(String token) {
        return "/" + ONE_CLICK + "/" + token;
    }
}
