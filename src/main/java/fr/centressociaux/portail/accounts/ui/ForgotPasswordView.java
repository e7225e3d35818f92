package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * "Mot de passe oublié": asks for an address and always gives the same answer, so the page never
 * tells whether an account exists.
 */
@Route(value = "mot-de-passe-oublie", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicPage {

    ForgotPasswordView(AccountService accounts) {
        EmailField email = new EmailField(getTranslation("forgot.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("forgot.email-invalid"));
        email.setWidthFull();
        email.focus();
        Paragraph answer = new Paragraph();
        answer.addClassName("confirmation");
        answer.setVisible(false);
        Button send = new Button(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            answer.setText(getTranslation("forgot.sent"));
            answer.setVisible(true);
            send.setEnabled(false);
        });
        showFrame("forgot.title", "forgot.intro", email, send, answer,
                new RouterLink(getTranslation("forgot.back"), LoginView.class));
    }
}
