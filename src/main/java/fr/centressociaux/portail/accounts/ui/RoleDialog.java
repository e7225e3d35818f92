package fr.centressociaux.portail.accounts.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.Role;

/** Picks a new role for an account; warns that the person's open sessions end. */
class RoleDialog extends Dialog {

    RoleDialog(Account account, Consumer<Role> change) {
        setHeaderTitle(getTranslation("role-dialog.title", account.getDisplayName()));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("invite.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        role.setValue(account.getRole());
        add(role, new Paragraph(getTranslation("role-dialog.sessions-end")));
        Button save = new Button(getTranslation("role-dialog.save"), click -> {
            change.accept(role.getValue());
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
