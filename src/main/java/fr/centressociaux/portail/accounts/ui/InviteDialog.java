package fr.centressociaux.portail.accounts.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Invitation;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the invitee's address, name and role, and a funder's department, bound to an
 * {@link Invitation} (DD009): each field says what is wrong as the person leaves it, and the
 * service's refusal shows next to the field concerned (or in a notification: an address already
 * taken). Hands the invitation to the view, which sends it; the dialog closes once it went, keeping
 * what was typed on a refusal.
 */
class InviteDialog extends Dialog {

    private final DraftBinder<Invitation> binder = new DraftBinder<>(Invitation.class);

    InviteDialog(Consumer<Invitation> send) {
        setHeaderTitle(getTranslation("invite.title"));
        EmailField email = new EmailField(getTranslation("invite.email"));
        // The binder runs the field's own address check before the invitation's constraint: same French message.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("account.invite.email-invalid")));
        email.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("invite.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        RoleField role = new RoleField(Role.DIRECTOR);
        DepartmentField department = new DepartmentField(role);
        binder.forField(email).bind("email");
        binder.forField(name).bind("displayName");
        binder.forField(role).bind("role");
        // The department is the funder's scope; any other role sees the whole network (the service drops it).
        binder.forField(department).withConverter(InviteDialog::scopeOf, AccountScope::departmentCode).bind("scope");
        binder.readRecord(new Invitation("", "", Role.DIRECTOR, AccountScope.wholeNetwork()));
        FormLayout form = new FormLayout(email, name, role, department);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button invite = new Button(getTranslation("invite.send"), click -> binder.draft()
                .filter(invitation -> binder.refusals().attempt(() -> send.accept(invitation)))
                .ifPresent(sent -> close()));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), invite);
        email.focus();
    }

    private static AccountScope scopeOf(@Nullable String departmentCode) {
        return departmentCode == null ? AccountScope.wholeNetwork() : AccountScope.funderOf(departmentCode);
    }
}
