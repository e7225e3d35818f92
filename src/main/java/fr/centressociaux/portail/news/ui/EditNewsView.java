package fr.centressociaux.portail.news.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.news.NewsItems;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ActionKeys;
import fr.centressociaux.portail.shared.ui.ConcurrentEditDialog;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Changing a news item, saved with the version the person opened; a save in between is refused. */
@Route(NewsLinks.MANAGE + "/:id/modifier")
@RolesAllowed("ADMIN")
class EditNewsView extends NewsFormPage implements BeforeEnterObserver {

    static final ActionKeys KEYS = new ActionKeys("news.denied", "news.concurrent.title", "news.concurrent.text",
            "news.concurrent.reload", "news.concurrent.keep");

    private final NewsItems news;
    private @Nullable NewsItem item;

    EditNewsView(NewsItems news) {
        this.news = news;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            open(news.get(id));
        } catch (AccessDeniedException | UserFacingException hidden) {
            removeAll();
            Div message = new Div(new H1(getTranslation("news.not-found.title")),
                    new Paragraph(getTranslation("news.not-found")),
                    new RouterLink(getTranslation("news.back"), NewsListView.class));
            message.addClassName("page-message");
            message.getElement().setAttribute("role", "alert");
            add(message);
        }
    }

    private void open(NewsItem found) {
        item = found;
        showForm("news.form.edit", NewsDraft.of(found), false);
    }

    @Override
    protected NewsItem store(NewsForm form) {
        NewsItem shown = current();
        return news.update(shown.getId(), shown.getVersion(), form.draft());
    }

    @Override
    protected void onConcurrentEdit() {
        ConcurrentEditDialog.open(KEYS, () -> open(news.get(current().getId())));
    }

    private NewsItem current() {
        if (item == null) {
            throw new IllegalStateException("No news item shown");
        }
        return item;
    }
}
