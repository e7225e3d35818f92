package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.newsletter.PublicSubscriptions;
import fr.centressociaux.portail.newsletter.SubscriptionRequest;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.PublicPage;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public subscription page: name, address, list. The answer is the same whoever asks (it
 * tells no one who is subscribed): a confirmation mail is on its way, and nothing counts until
 * its link is followed.
 */
@Route(value = NewsletterLinks.SUBSCRIBE, autoLayout = false)
@AnonymousAllowed
class SubscribeView extends PublicPage {

    private final PublicSubscriptions subscriptions;
    private final TextField name = new TextField(getTranslation("newsletter.subscribe.name"));
    private final EmailField email = new EmailField(getTranslation("newsletter.subscribe.email"));
    private final ComboBox<String> list = new ComboBox<>(getTranslation("newsletter.subscribe.list"));
    private final BeanValidationBinder<SubscriptionRequest> binder = new BeanValidationBinder<>(SubscriptionRequest.class);

    SubscribeView(PublicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        Map<String, MailingList> lists = subscriptions.publicLists().stream()
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        list.setItems(lists.keySet());
        list.setItemLabelGenerator(id -> lists.get(id).getName());
        lists.keySet().stream().findFirst().ifPresent(list::setValue);
        name.setMaxLength(120);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        binder.bind(name, "name");
        binder.bind(email, "email");
        binder.bind(list, "listId");
        Button subscribe = new Button(getTranslation("newsletter.subscribe.button"), click -> subscribe());
        subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showFrame("newsletter.subscribe.title", "newsletter.subscribe.intro", new FormLayout(name, email, list),
                subscribe);
    }

    private void subscribe() {
        SubscriptionRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        String client = VaadinRequest.getCurrent() == null ? "?" : VaadinRequest.getCurrent().getRemoteAddr();
        new FieldRefusals(binder).attempt(() -> {
            subscriptions.request(request, client);
            return true;
        }, Notifications::error).ifPresent(done -> showFrame("newsletter.subscribe.title", "newsletter.subscribe.intro",
                status(getTranslation("newsletter.subscribe.sent", request.email()))));
    }
}
