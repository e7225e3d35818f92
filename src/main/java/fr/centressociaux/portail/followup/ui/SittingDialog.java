package fr.centressociaux.portail.followup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.followup.SittingDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/** A sitting of a partner body the federation attended: the date, who went, the subjects. */
class SittingDialog extends SaveDialog {

    private final BeanValidationBinder<SittingDraft> binder = new BeanValidationBinder<>(SittingDraft.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Consumer<SittingDraft> onSave;

    SittingDialog(String bodyName, Consumer<SittingDraft> onSave) {
        super("followup.bodies.save", "followup.sitting.title", bodyName);
        this.onSave = onSave;
        DatePicker on = new FrenchDatePicker(getTranslation("followup.sitting.on"));
        TextField attendees = new TextField(getTranslation("followup.sitting.attendees"));
        TextArea subjects = new TextArea(getTranslation("followup.sitting.subjects"));
        binder.bind(on, "on");
        binder.bind(attendees, "attendees");
        binder.bind(subjects, "subjects");
        binder.readRecord(new SittingDraft(null, "", ""));
        FormLayout form = new FormLayout(on, attendees, subjects);
        form.setColspan(subjects, 2);
        add(form);
    }

    @Override
    protected boolean save() {
        try {
            SittingDraft draft = binder.writeRecord();
            return refusals.attempt(() -> onSave.accept(draft));
        } catch (ValidationException invalid) {
            return false;
        }
    }
}
