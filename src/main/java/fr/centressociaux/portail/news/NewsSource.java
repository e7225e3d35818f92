package fr.centressociaux.portail.news;

/** Who an item comes from: the newsletter announces the Département's information in its own block. */
public enum NewsSource {
    /** The federation and its network. */
    FEDERATION,
    /** Information passed on from the Département du Pas-de-Calais. */
    DEPARTEMENT;

    public String labelKey() {
        return "news.source." + name();
    }
}
