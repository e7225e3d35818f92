package fr.centressociaux.portail.accounts.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.Role;
import org.jspecify.annotations.Nullable;

/**
 * Picks a new role for an account, and a funder's department; warns that the person's open
 * sessions end. Hands the role and department (none but for a funder) to the view.
 */
class RoleDialog extends Dialog {

    RoleDialog(Account account, BiConsumer<Role, @Nullable String> change) {
        setHeaderTitle(getTranslation("role-dialog.title", account.getDisplayName()));
        RoleField role = new RoleField(account.getRole());
        DepartmentField department = new DepartmentField(role);
        department.setValue(account.getScope().departmentCode());
        FormLayout form = new FormLayout(role, department);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, new Paragraph(getTranslation("role-dialog.sessions-end")));
        Button save = new Button(getTranslation("role-dialog.save"), click -> {
            if (role.missing() || department.missingFor(role.getValue())) {
                return;
            }
            change.accept(role.getValue(), department.codeFor(role.getValue()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
