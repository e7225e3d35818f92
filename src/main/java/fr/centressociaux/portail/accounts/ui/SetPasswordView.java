package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.LinkPurpose;
import fr.centressociaux.portail.accounts.PasswordPolicy;
import fr.centressociaux.portail.accounts.PendingLink;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.PublicPage;

/** Where invitation and password-reset links lead: choose a password, then sign in. */
@Route(value = "mot-de-passe/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends PublicPage implements BeforeEnterObserver {

    private final AccountService accounts;
    private final PasswordPolicy policy;

    SetPasswordView(AccountService accounts, PasswordPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        accounts.describeLink(token).ifPresentOrElse(link -> showForm(token, link), this::showInvalidLink);
    }

    private void showForm(String token, PendingLink link) {
        boolean invitation = link.purpose() == LinkPurpose.INVITATION;
        NewPasswordFields fields = new NewPasswordFields(policy, link.email(), link.displayName());
        Button save = new Button(getTranslation("set-password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            try {
                accounts.completeLink(token, fields.password(), fields.confirmation());
                Notifications.success(invitation ? "set-password.done" : "set-password.reset.done");
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (UserFacingException refusal) {
                fields.showRefusal(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        showFrame(invitation ? "set-password.invitation.title" : "set-password.reset.title",
                invitation ? "set-password.invitation.intro" : "set-password.reset.intro",
                new Paragraph(getTranslation("set-password.for", link.displayName(), link.email())), fields, save);
        fields.focus();
    }

    private void showInvalidLink() {
        showFrame("link.invalid.title", "link.invalid",
                new RouterLink(getTranslation("link.invalid.ask-again"), ForgotPasswordView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.page-title");
    }
}
