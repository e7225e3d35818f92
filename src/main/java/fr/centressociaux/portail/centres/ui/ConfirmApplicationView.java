package fr.centressociaux.portail.centres.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.centres.MembershipApplication;
import fr.centressociaux.portail.centres.RegistrationService;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * Where the link mailed to the director leads: the person confirms their address with a click
 * (not on opening: mail scanners open links by themselves), after which the application waits
 * for the federation. A used or expired link says so, and how to start again.
 */
@Route(value = "adherer/confirmer/:token", autoLayout = false)
@AnonymousAllowed
class ConfirmApplicationView extends PublicPage implements BeforeEnterObserver {

    private final RegistrationService registrations;

    ConfirmApplicationView(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        registrations.awaitingConfirmation(token).ifPresentOrElse(application -> askToConfirm(token, application),
                this::showInvalidLink);
    }

    private void askToConfirm(String token, MembershipApplication application) {
        Button confirm = new Button(getTranslation("apply.confirm.button"), click -> registrations
                .confirmEmail(token).ifPresentOrElse(this::showConfirmed, this::showInvalidLink));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showFrame("apply.confirm.title", "apply.confirm.intro",
                new Paragraph(getTranslation("apply.confirm.text", application.getProfile().name(),
                        application.getDirectorEmail())), confirm);
    }

    private void showConfirmed(MembershipApplication application) {
        Paragraph next = status(getTranslation("apply.confirmed.text", application.getProfile().name()));
        next.addClassName("confirmation");
        showFrame("apply.confirmed.title", "apply.confirmed.intro", next);
    }

    private void showInvalidLink() {
        showFrame("apply.link-invalid.title", "apply.link-invalid.intro",
                new Anchor("adherer", getTranslation("apply.link-invalid.apply-again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.confirmed.page-title");
    }
}
