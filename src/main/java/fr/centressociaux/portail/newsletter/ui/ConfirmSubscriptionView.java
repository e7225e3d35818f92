package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.newsletter.PublicSubscriptions;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * Where the confirmation mail leads: the subscription counts after a click on the page, not on
 * opening the link (mail scanners open links by themselves).
 */
@Route(value = NewsletterLinks.CONFIRM + "/:token/:list", autoLayout = false)
@AnonymousAllowed
class ConfirmSubscriptionView extends PublicPage implements BeforeEnterObserver {

    private final PublicSubscriptions subscriptions;

    ConfirmSubscriptionView(PublicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        String list = event.getRouteParameters().get("list").orElse("");
        Button confirm = new Button(getTranslation("newsletter.confirm.button"), click -> showFrame(
                "newsletter.confirm.title", "newsletter.confirm.intro",
                status(getTranslation(subscriptions.confirm(token, list) ? "newsletter.confirm.done"
                        : "newsletter.link-invalid"))));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showFrame("newsletter.confirm.title", "newsletter.confirm.intro", confirm);
    }
}
