package fr.centressociaux.portail.promeneurs.ui;

import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.promeneurs.LeavingReason;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.StatusChangeDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/**
 * A new status from a date (a departure with its reason). The draft's constraints are checked
 * next to each field; the service's rules (not before the last change, not in the future) come
 * back next to their field too.
 */
class StatusChangeDialog extends SaveDialog {

    private final ComboBox<ProfessionalStatus> status = new ComboBox<>();
    private final FrenchDatePicker on = new FrenchDatePicker("");
    private final ComboBox<LeavingReason> reason = new ComboBox<>();
    private final BeanValidationBinder<StatusChangeDraft> binder = new BeanValidationBinder<>(StatusChangeDraft.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Function<StatusChangeDraft, Boolean> onSave;

    StatusChangeDialog(ProfessionalStatus current, java.time.LocalDate today,
            Function<StatusChangeDraft, Boolean> onSave) {
        super("promeneurs.status-dialog.save", "promeneurs.status-dialog.title");
        this.onSave = onSave;
        status.setLabel(getTranslation("promeneurs.status-dialog.status"));
        status.setItems(java.util.Arrays.stream(ProfessionalStatus.values()).filter(value -> value != current).toList());
        status.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        on.setLabel(getTranslation("promeneurs.status-dialog.on"));
        on.setMax(today);
        reason.setLabel(getTranslation("promeneurs.status-dialog.reason"));
        reason.setItems(LeavingReason.values());
        reason.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        reason.setVisible(false);
        status.addValueChangeListener(change -> reason.setVisible(change.getValue() == ProfessionalStatus.LEFT));
        binder.bind(status, "status");
        binder.bind(on, "on");
        binder.bind(reason, "reason");
        binder.readRecord(new StatusChangeDraft(null, today, null));
        add(new FormLayout(status, on, reason));
    }

    /** Shows the service's refusals next to the fields; the caller's handler reports the rest. */
    FieldRefusals refusals() {
        return refusals;
    }

    @Override
    protected boolean save() {
        try {
            return onSave.apply(binder.writeRecord());
        } catch (ValidationException invalid) {
            return false;
        }
    }
}
