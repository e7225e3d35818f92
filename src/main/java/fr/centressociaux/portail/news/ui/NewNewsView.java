package fr.centressociaux.portail.news.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.news.NewsItems;
import jakarta.annotation.security.RolesAllowed;

/** A new news item, dated today unless staff choose another day. */
@Route(NewsLinks.MANAGE + "/nouvelle")
@RolesAllowed("ADMIN")
class NewNewsView extends NewsFormPage {

    private final NewsItems news;

    NewNewsView(NewsItems news, Clock clock) {
        this.news = news;
        showForm("news.form.new", NewsDraft.blank(LocalDate.now(clock)), true);
    }

    @Override
    protected NewsItem store(NewsForm form) {
        return news.publish(form.draft());
    }
}
