package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.newsletter.Preferences;
import fr.centressociaux.portail.newsletter.PublicSubscriptions;
import fr.centressociaux.portail.newsletter.SubscriptionStatus;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * The personal page every newsletter links to: the person's lists, each with a button to leave it,
 * and one to leave them all. An unknown link shows a plain page and changes nothing.
 */
@Route(value = NewsletterLinks.PREFERENCES + "/:token", autoLayout = false)
@AnonymousAllowed
class PreferencesView extends PublicPage implements BeforeEnterObserver {

    private final PublicSubscriptions subscriptions;
    private String token = "";

    PreferencesView(PublicSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show();
    }

    private void show() {
        subscriptions.preferences(token).ifPresentOrElse(this::show, () -> showFrame("newsletter.preferences.title",
                "newsletter.preferences.intro", new Paragraph(getTranslation("newsletter.link-invalid"))));
    }

    private void show(Preferences preferences) {
        showFrame("newsletter.preferences.title", "newsletter.preferences.intro",
                new Paragraph(getTranslation("newsletter.preferences.who", preferences.name(), preferences.email())));
        Div lists = new Div();
        lists.addClassName("newsletter-preferences");
        boolean anyActive = false;
        for (Preferences.Line line : preferences.lists()) {
            Div row = new Div(new Span(line.listName()), new Span(getTranslation(line.status().labelKey())));
            row.addClassName("newsletter-preference");
            if (line.status() != SubscriptionStatus.UNSUBSCRIBED) {
                anyActive = true;
                Button leave = new Button(getTranslation("newsletter.preferences.leave", line.listName()),
                        click -> act(subscriptions.leave(token, line.listId())));
                row.add(leave);
            }
            lists.add(row);
        }
        add(lists);
        if (anyActive) {
            Button leaveAll = new Button(getTranslation("newsletter.preferences.leave-all"),
                    click -> act(subscriptions.leaveAll(token)));
            leaveAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(leaveAll);
        }
    }

    private void act(boolean done) {
        show();
        add(status(getTranslation(done ? "newsletter.preferences.saved" : "newsletter.link-invalid")));
    }
}
