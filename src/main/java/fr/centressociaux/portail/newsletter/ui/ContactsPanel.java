package fr.centressociaux.portail.newsletter.ui;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.newsletter.Subscriber;
import fr.centressociaux.portail.newsletter.SubscriberFilter;
import fr.centressociaux.portail.newsletter.SubscriptionStatus;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.Notifications;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The subscribers the person sees (staff: all; a director: their centre's contacts), searched by
 * name or address, a page at a time; a button to list a new contact, and for staff the export
 * and erasure of a person's data.
 */
class ContactsPanel extends Div {

    private final NewsletterSubscribers subscribers;
    private final Grid<Subscriber> grid = new Grid<>();
    private SubscriberFilter filter = new SubscriberFilter(null);

    ContactsPanel(NewsletterSubscribers subscribers, CentreService centres, boolean staff, Clock clock) {
        this.subscribers = subscribers;
        Map<String, MailingList> lists = subscribers.lists().stream()
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        TextField search = new TextField(getTranslation("newsletter.contacts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> {
            filter = new SubscriberFilter(change.getValue());
            grid.getDataProvider().refreshAll();
        });
        Button add = new Button(getTranslation("newsletter.contacts.add"), click -> new ContactDialog(
                lists.values(), staff ? centres : null, subscribers.contactCentre().orElse(null), clock, draft -> {
                    subscribers.addContact(draft);
                    Notifications.success("newsletter.contacts.added", draft.name());
                    grid.getDataProvider().refreshAll();
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(Subscriber::getName).setHeader(getTranslation("newsletter.contacts.name")).setFlexGrow(2);
        grid.addColumn(Subscriber::getEmail).setHeader(getTranslation("newsletter.contacts.email")).setFlexGrow(2);
        grid.addColumn(s -> s.getFunction() == null ? "" : s.getFunction())
                .setHeader(getTranslation("newsletter.contacts.function"));
        grid.addColumn(s -> s.getCentreName() == null ? "" : s.getCentreName())
                .setHeader(getTranslation("newsletter.contacts.centre"));
        grid.addColumn(s -> s.getSubscriptions().stream().filter(sub -> sub.status() == SubscriptionStatus.CONFIRMED)
                .map(sub -> lists.containsKey(sub.listId()) ? lists.get(sub.listId()).getName() : "")
                .collect(Collectors.joining(", "))).setHeader(getTranslation("newsletter.contacts.lists"));
        if (staff) {
            grid.addComponentColumn(this::staffActions).setHeader(getTranslation("newsletter.contacts.data"));
        }
        // Long subjects and names wrap rather than hide, on a phone too.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> subscribers.page(filter, toSpringPageRequest(query)).stream(),
                query -> (int) subscribers.count(filter));
        Div tools = new Div(search, add);
        tools.addClassName("filters");
        add(tools, grid);
    }

    private Div staffActions(Subscriber subscriber) {
        Button export = new Button(getTranslation("newsletter.contacts.export"),
                click -> new ExportDialog(subscribers.export(subscriber.getId())).open());
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button erase = new Button(getTranslation("newsletter.contacts.erase"), click -> DangerConfirm.open(
                "newsletter.contacts.erase-title", getTranslation("newsletter.contacts.erase-text", subscriber.getEmail()),
                "newsletter.contacts.erase", () -> {
                    subscribers.erase(subscriber.getId());
                    grid.getDataProvider().refreshAll();
                }));
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new Div(export, erase);
    }
}
