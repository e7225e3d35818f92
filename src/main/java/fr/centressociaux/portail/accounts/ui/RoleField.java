package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.centressociaux.portail.accounts.Role;

/**
 * The role an account gets (invitation, role change): a required choice, so a combo box rather than
 * a select (DD010: a required select breaks ARIA; typing "Dép…" finds the role).
 */
class RoleField extends ComboBox<Role> {

    RoleField(Role initial) {
        setLabel(getTranslation("invite.role"));
        setItems(Role.values());
        setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        setRequiredIndicatorVisible(true);
        setErrorMessage(getTranslation("account.role.required"));
        setValue(initial);
    }

    /** Marks the field when the role was cleared; says whether it was. */
    boolean missing() {
        setInvalid(isEmpty());
        return isEmpty();
    }
}
