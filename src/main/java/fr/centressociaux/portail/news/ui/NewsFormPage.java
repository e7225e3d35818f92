package fr.centressociaux.portail.news.ui;

import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;

/** A page holding the news form: saves through the service, shows refusals next to the fields, then lists the news. */
abstract class NewsFormPage extends FormPage<NewsForm, NewsItem> {

    NewsFormPage() {
        super("news-form-page", "news.form.page-title", "news.denied");
    }

    void showForm(String titleKey, NewsDraft shown, boolean creating) {
        show(new NewsForm(shown, creating, this::save, this::leave), new ViewHeader(titleKey, "news.form.intro"));
    }

    @Override
    protected void saved(NewsItem saved) {
        Notifications.success("news.form.saved", saved.getTitle());
        leave();
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(NewsListView.class));
    }
}
