package fr.centressociaux.portail.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.news.NewsItems;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The network's news as every signed-in person reads them, newest first, loaded as the list scrolls. */
@Route(NewsLinks.FEED)
@Menu(title = "menu.news", order = 5, icon = "vaadin:bell")
@PermitAll
class NewsFeedView extends Main implements HasDynamicTitle {

    NewsFeedView(NewsItems news) {
        addClassNames("list-page", "news-feed");
        VirtualList<NewsItem> list = new VirtualList<>();
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.setDataProvider(DataProvider.<NewsItem>fromCallbacks(query -> news.page(toSpringPageRequest(query)).stream(),
                query -> (int) news.count()));
        list.setSizeFull();
        add(new ViewHeader("news.feed.title", "news.feed.intro"), list);
    }

    private Component card(NewsItem item) {
        Span meta = new Span(FrenchDates.longDate(item.getDate()) + " · "
                + getTranslation(item.getSource().labelKey()));
        meta.addClassName("news-meta");
        Div text = new Div();
        text.addClassName("markdown");
        text.getElement().setProperty("innerHTML", item.safeHtml());
        Article card = new Article(new H2(item.getTitle()), meta, text);
        if (item.getLink() != null) {
            Anchor more = new Anchor(item.getLink(), getTranslation("news.read-more"), AnchorTarget.BLANK);
            more.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            card.add(more);
        }
        card.addClassName("news-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("news.feed.title");
    }
}
