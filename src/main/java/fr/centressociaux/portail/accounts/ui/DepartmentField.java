package fr.centressociaux.portail.accounts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import org.jspecify.annotations.Nullable;

/**
 * A funder's department, asked wherever an account becomes a funder (invitation, role change): a
 * funder reads its own department's bilans only, so the field shows, required, for that role alone.
 */
class DepartmentField extends ComboBox<String> {

    DepartmentField(RoleField role) {
        setLabel(getTranslation("invite.department"));
        setItems(AccountScope.DEPARTMENT_CODES);
        setItemLabelGenerator(code -> getTranslation("invite.department." + code));
        setRequiredIndicatorVisible(true);
        setErrorMessage(getTranslation("account.invite.department-required"));
        setVisible(role.getValue() == Role.FUNDER);
        role.addValueChangeListener(change -> setVisible(change.getValue() == Role.FUNDER));
    }

    /** Marks the field when the role is funder and no department is chosen; says whether it is. */
    boolean missingFor(Role role) {
        boolean missing = role == Role.FUNDER && isEmpty();
        setInvalid(missing);
        return missing;
    }

    /** The chosen department for a funder, none for any other role. */
    @Nullable String codeFor(Role role) {
        return role == Role.FUNDER ? getValue() : null;
    }
}
