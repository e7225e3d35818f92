package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.newsletter.Segment;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The lists with how many confirmed subscribers each has now, a form to create one, and, per list,
 * the button that brings the portal's accounts onto it.
 */
class ListsPanel extends Div {

    private final NewsletterSubscribers subscribers;
    private final Grid<MailingList> grid = new Grid<>();

    ListsPanel(NewsletterSubscribers subscribers) {
        this.subscribers = subscribers;
        grid.addColumn(MailingList::getName).setHeader(getTranslation("newsletter.lists.name")).setFlexGrow(2);
        grid.addColumn(list -> subscribers.count(Segment.wholeList(list.getId())))
                .setHeader(getTranslation("newsletter.lists.count"));
        grid.addColumn(list -> getTranslation(list.isPublicSubscription() ? "newsletter.lists.public-yes"
                : "newsletter.lists.public-no")).setHeader(getTranslation("newsletter.lists.public"));
        grid.addComponentColumn(list -> new Button(getTranslation("newsletter.lists.add-accounts"), click -> {
            int added = subscribers.addPortalAccounts(list.getId());
            Notifications.success("newsletter.lists.accounts-added", added);
            refresh();
        })).setHeader(getTranslation("newsletter.lists.accounts")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid, new H2(getTranslation("newsletter.lists.create-title")), createForm());
        refresh();
    }

    private Div createForm() {
        TextField name = new TextField(getTranslation("newsletter.lists.name"));
        name.setMaxLength(120);
        TextField description = new TextField(getTranslation("newsletter.lists.description"));
        description.setMaxLength(300);
        Checkbox open = new Checkbox(getTranslation("newsletter.lists.public-label"));
        FieldRefusals refusals = new FieldRefusals().on("name", name);
        Button create = new Button(getTranslation("newsletter.lists.create"), click -> refusals.attempt(
                () -> subscribers.createList(name.getValue(), description.getValue(), open.getValue()),
                Notifications::error).ifPresent(list -> {
                    name.clear();
                    description.clear();
                    refresh();
                }));
        return new Div(new FormLayout(name, description, open), create);
    }

    private void refresh() {
        grid.setItems(subscribers.lists());
    }
}
