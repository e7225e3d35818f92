package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.PasswordPolicy;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

/** The signed-in person changes their own password. */
@Route("mon-mot-de-passe")
@Menu(title = "menu.change-password", order = 90, icon = "vaadin:key")
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts, PasswordPolicy policy, CurrentUser currentUser) {
        addClassName("form-page");
        var me = currentUser.get().orElseThrow();
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setRequiredIndicatorVisible(true);
        current.setWidthFull();
        NewPasswordFields fields = new NewPasswordFields(policy, me.getUsername(), me.displayName());
        Button save = new Button(getTranslation("change-password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            current.setInvalid(false);
            try {
                accounts.changeOwnPassword(current.getValue(), fields.password(), fields.confirmation());
                Notifications.success("change-password.done");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException refusal) {
                String message = getTranslation(refusal.messageKey(), refusal.arguments());
                if (refusal.messageKey().equals("password.current-wrong")) {
                    current.setErrorMessage(message);
                    current.setInvalid(true);
                } else {
                    fields.showRefusal(message);
                }
            }
        });
        add(new ViewHeader("change-password.title", "change-password.intro"), current, fields, save);
        current.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change-password.title");
    }
}
