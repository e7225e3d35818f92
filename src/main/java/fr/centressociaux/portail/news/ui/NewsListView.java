package fr.centressociaux.portail.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.news.NewsItems;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The news as staff manage them, newest first, a page at a time: write, change, delete (after a confirmation). */
@Route(NewsLinks.MANAGE)
@Menu(title = "menu.news-manage", order = 51, icon = "vaadin:edit")
@RolesAllowed("ADMIN")
class NewsListView extends Main implements HasDynamicTitle {

    private final NewsItems news;
    private final Grid<NewsItem> grid = new Grid<>();

    NewsListView(NewsItems news) {
        this.news = news;
        addClassNames("list-page", "news-list");
        grid.addColumn(item -> FrenchDates.format(item.getDate())).setHeader(getTranslation("news.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NewsItem::getTitle).setHeader(getTranslation("news.column.title")).setFlexGrow(3);
        grid.addColumn(item -> getTranslation(item.getSource().labelKey()))
                .setHeader(getTranslation("news.column.source")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("news.column.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> news.page(toSpringPageRequest(query)).stream(), query -> (int) news.count());
        grid.setSizeFull();
        Button create = new Button(getTranslation("news.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewNewsView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("news.manage.title", "news.manage.intro", create), grid);
    }

    private Component actions(NewsItem item) {
        Button edit = new Button(getTranslation("news.edit"),
                click -> getUI().ifPresent(ui -> ui.navigate(NewsLinks.editPath(item.getId()))));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("news.edit.aria", item.getTitle()));
        Button delete = new Button(getTranslation("news.delete"), click -> confirmDelete(item));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("news.delete.aria", item.getTitle()));
        return new Div(edit, delete);
    }

    private void confirmDelete(NewsItem item) {
        DangerConfirm.open("news.delete.title", getTranslation("news.delete.text", item.getTitle()),
                "news.delete.confirm", () -> {
                    try {
                        news.delete(item.getId());
                        Notifications.success("news.deleted", item.getTitle());
                    } catch (UserFacingException gone) {
                        Notifications.error(gone);
                    }
                    grid.getDataProvider().refreshAll();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("news.manage.title");
    }
}
