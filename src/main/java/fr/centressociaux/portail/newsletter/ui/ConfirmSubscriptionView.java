package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.newsletter.PublicSubscriptions;
import fr.centressociaux.portail.shared.ui.PublicPageHeader;

/**
 * Where the confirmation mail leads: the subscription counts after a click on the page, not on
 * opening the link (mail scanners open links by themselves).
 */
@Route(value = NewsletterLinks.CONFIRM + "/:token/:list", autoLayout = false)
@AnonymousAllowed
class ConfirmSubscriptionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicSubscriptions subscriptions;

    ConfirmSubscriptionView(PublicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        String list = event.getRouteParameters().get("list").orElse("");
        Button confirm = new Button(getTranslation("newsletter.confirm.button"), click -> {
            removeAll();
            boolean done = subscriptions.confirm(token, list);
            Paragraph answer = new Paragraph(getTranslation(done ? "newsletter.confirm.done"
                    : "newsletter.link-invalid"));
            answer.getElement().setAttribute("role", "status");
            add(new PublicPageHeader("newsletter.confirm.title", "newsletter.confirm.intro"), answer);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new PublicPageHeader("newsletter.confirm.title", "newsletter.confirm.intro"), confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.confirm.title");
    }
}
