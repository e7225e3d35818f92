package fr.centressociaux.portail.accounts.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Invitation;
import fr.centressociaux.portail.accounts.Role;

/**
 * Asks for the invitee's address, name and role, and a funder's department. Hands the invitation to the view, which sends it
 * and says whether it went; the dialog closes only then, keeping what was typed on a refusal.
 */
class InviteDialog extends Dialog {

    InviteDialog(Predicate<Invitation> send) {
        setHeaderTitle(getTranslation("invite.title"));
        EmailField email = new EmailField(getTranslation("invite.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("account.invite.email-invalid"));
        TextField name = new TextField(getTranslation("invite.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("invite.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        role.setValue(Role.DIRECTOR);
        DepartmentField department = new DepartmentField(role);
        FormLayout form = new FormLayout(email, name, role, department);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button invite = new Button(getTranslation("invite.send"), click -> {
            boolean noDepartment = department.missingFor(role.getValue());
            if (email.isEmpty() || email.isInvalid() || name.getValue().isBlank() || noDepartment) {
                email.setInvalid(email.isEmpty() || email.isInvalid());
                name.setInvalid(name.getValue().isBlank());
                name.setErrorMessage(getTranslation("account.invite.name-required"));
                return;
            }
            String departmentCode = department.codeFor(role.getValue());
            AccountScope scope = departmentCode != null ? AccountScope.funderOf(departmentCode) : AccountScope.wholeNetwork();
            if (send.test(new Invitation(email.getValue(), name.getValue(), role.getValue(), scope))) {
                close();
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), invite);
        email.focus();
    }
}
