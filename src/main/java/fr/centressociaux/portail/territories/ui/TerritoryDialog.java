package fr.centressociaux.portail.territories.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryDraft;
import org.jspecify.annotations.Nullable;

/**
 * A territory and its delegates, new or edited. The view saves through the service, which checks
 * the fields; a refusal is shown next to the field it is about, and the dialog stays open.
 */
class TerritoryDialog extends SaveDialog {

    /** What the dialog asks the view to save. */
    record Edit(TerritoryDraft draft, Set<String> delegateIds) {
    }

    private final TextField code = new TextField(getTranslation("territories.code"));
    private final TextField name = new TextField(getTranslation("territories.name"));
    private final Select<Department> department = new Select<>();
    private final DatePicker validFrom = new FrenchDatePicker(getTranslation("territories.valid-from"));
    private final DatePicker validTo = new FrenchDatePicker(getTranslation("territories.valid-to"));
    private final MultiSelectComboBox<Account> delegates = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fieldsByRefusal;
    private final Consumer<Edit> onSave;

    TerritoryDialog(@Nullable Territory existing, List<Account> allDelegates, Set<String> currentDelegateIds,
            Consumer<Edit> onSave) {
        super("territories.save", existing == null ? "territories.dialog.new" : "territories.dialog.edit",
                existing == null ? "" : existing.getName());
        this.onSave = onSave;
        code.setHelperText(getTranslation("territories.code.help"));
        code.setMaxLength(10);
        code.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        department.setLabel(getTranslation("territories.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        department.setRequiredIndicatorVisible(true);
        validFrom.setRequiredIndicatorVisible(true);
        validTo.setHelperText(getTranslation("territories.valid-to.help"));
        delegates.setLabel(getTranslation("territories.delegates"));
        delegates.setItems(allDelegates);
        delegates.setItemLabelGenerator(account -> account.getDisplayName() + " (" + account.getEmail() + ")");
        if (existing != null) {
            code.setValue(existing.getCode());
            name.setValue(existing.getName());
            department.setValue(existing.getDepartment());
            validFrom.setValue(existing.getValidFrom());
            validTo.setValue(existing.getValidTo());
            delegates.setValue(allDelegates.stream().filter(account -> currentDelegateIds.contains(account.getId()))
                    .collect(Collectors.toSet()));
        }
        fieldsByRefusal = Map.of("territory.code-invalid", code, "territory.code-taken", code,
                "territory.name-required", name, "territory.fields-required", validFrom,
                "territory.period-invalid", validTo);
        FormLayout form = new FormLayout(code, name, department, validFrom, validTo, delegates);
        form.setColspan(delegates, 2);
        add(form);
    }

    @Override
    protected boolean save() {
        fieldsByRefusal.values().forEach(field -> field.setInvalid(false));
        TerritoryDraft draft = new TerritoryDraft(code.getValue(), name.getValue(), department.getValue(),
                validFrom.getValue(), validTo.getValue());
        Set<String> delegateIds = delegates.getValue().stream().map(Account::getId).collect(Collectors.toSet());
        try {
            onSave.accept(new Edit(draft, delegateIds));
            return true;
        } catch (UserFacingException refusal) {
            showRefusal(refusal);
            return false;
        }
    }

    /** Next to the field it is about, or as a message when it is about none (a concurrent edit). */
    private void showRefusal(UserFacingException refusal) {
        HasValidation field = fieldsByRefusal.get(refusal.messageKey());
        if (field == null) {
            Notifications.error(refusal);
            return;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
    }
}
