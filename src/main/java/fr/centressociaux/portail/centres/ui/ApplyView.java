package fr.centressociaux.portail.centres.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.centres.RegistrationService;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.ClientAddress;
import fr.centressociaux.portail.shared.ui.PublicPage;
import fr.centressociaux.portail.territories.TerritoryService;

/**
 * "Adhérer à la fédération": a structure applies without an account. Once sent, the form gives
 * way to what happens next: the director confirms their address through the mailed link.
 */
@Route(value = "adherer", autoLayout = false)
@AnonymousAllowed
class ApplyView extends PublicPage {

    private final RegistrationService registrations;
    private final ApplicationFields fields;
    private final Paragraph refusal = new Paragraph();
    private final Button send = new Button();

    ApplyView(RegistrationService registrations, TerritoryService territories, Clock clock) {
        super("wide");
        this.registrations = registrations;
        this.fields = new ApplicationFields(territories.validOn(LocalDate.now(clock)));
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        send.setText(getTranslation("apply.send"));
        send.addClickListener(click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // No disable-on-click: it raced with the last field's value sync and lost clicks. A second
        // click is harmless (the form is gone after success; a refusal just shows again).
        showFrame("apply.title", "apply.intro", new Paragraph(getTranslation("apply.required-note")),
                fields, refusal, send, backToSignIn());
    }

    private void send() {
        fields.clearProblems();
        refusal.setVisible(false);
        try {
            registrations.submit(fields.value(), ClientAddress.current());
            showSent(fields.directorEmail());
        } catch (InvalidInputException invalid) {
            fields.showProblems(invalid.problems());
            showRefusal(getTranslation("apply.invalid", invalid.problems().size()));
        } catch (UserFacingException other) {
            showRefusal(getTranslation(other.messageKey(), other.arguments()));
        }
    }

    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void showSent(String directorEmail) {
        Paragraph next = status(getTranslation("apply.sent.text", directorEmail,
                RegistrationService.CONFIRMATION_VALIDITY.toHours()));
        next.addClassName("confirmation");
        showFrame("apply.sent.title", "apply.sent.intro", next,
                new Paragraph(getTranslation("apply.sent.no-mail")), backToSignIn());
    }

    private Anchor backToSignIn() {
        return new Anchor("login", getTranslation("apply.back-to-sign-in"));
    }

    /** The address the request came from, for the limit of applications per address. */

    @Override
    public String getPageTitle() {
        return getTranslation("apply.title");
    }
}
