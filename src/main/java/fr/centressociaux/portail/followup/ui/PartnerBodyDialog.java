package fr.centressociaux.portail.followup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.followup.BodyLevel;
import fr.centressociaux.portail.followup.PartnerBodyDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;

/** A new partner body: its name, level, department and the federation's mandate in it. */
class PartnerBodyDialog extends SaveDialog {

    private final BeanValidationBinder<PartnerBodyDraft> binder = new BeanValidationBinder<>(PartnerBodyDraft.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Consumer<PartnerBodyDraft> onSave;

    PartnerBodyDialog(Consumer<PartnerBodyDraft> onSave) {
        super("followup.bodies.save", "followup.bodies.add");
        this.onSave = onSave;
        TextField name = new TextField(getTranslation("followup.bodies.name"));
        ComboBox<BodyLevel> level = new ComboBox<>(getTranslation("followup.bodies.level"));
        level.setItems(BodyLevel.values());
        level.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        ComboBox<Department> department = new ComboBox<>(getTranslation("followup.bodies.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        TextField mandate = new TextField(getTranslation("followup.bodies.mandate"));
        binder.bind(name, "name");
        binder.bind(level, "level");
        binder.bind(department, "department");
        binder.bind(mandate, "mandate");
        binder.readRecord(new PartnerBodyDraft("", null, null, ""));
        add(new FormLayout(name, level, department, mandate));
    }

    @Override
    protected boolean save() {
        try {
            PartnerBodyDraft draft = binder.writeRecord();
            return refusals.attempt(() -> onSave.accept(draft));
        } catch (ValidationException invalid) {
            return false;
        }
    }
}
