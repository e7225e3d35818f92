package fr.centressociaux.portail.news.ui;

/** The addresses of the news pages. */
final class NewsLinks {

    static final String FEED = "actualites";
    static final String MANAGE = FEED + "/gestion";

    private NewsLinks() {
    }

    static String editPath(String id) {
        return MANAGE + "/" + id + "/modifier";
    }
}
