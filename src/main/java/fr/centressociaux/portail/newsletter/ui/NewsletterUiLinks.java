package fr.centressociaux.portail.newsletter.ui;

/** The staff pages' addresses. */
final class NewsletterUiLinks {

    static final String HOME = "lettre-information";
    static final String ISSUE = HOME + "/numero";
    static final String NEW_ISSUE = "nouveau";

    private NewsletterUiLinks() {
    }

    static String issue(String id) {
        return ISSUE + "/" + id;
    }
}
