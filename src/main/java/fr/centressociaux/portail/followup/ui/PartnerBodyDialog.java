package fr.centressociaux.portail.followup.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.followup.BodyLevel;
import fr.centressociaux.portail.followup.PartnerBodyDraft;
import fr.centressociaux.portail.followup.PartnerOrganisation;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;

/** A new partner body: its name, level, department and the federation's mandate in it. */
class PartnerBodyDialog extends SaveDialog {

    private final BeanValidationBinder<PartnerBodyDraft> binder = new BeanValidationBinder<>(PartnerBodyDraft.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Consumer<PartnerBodyDraft> onSave;

    PartnerBodyDialog(List<PartnerOrganisation> organisations, Consumer<PartnerBodyDraft> onSave) {
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
        ComboBox<PartnerOrganisation> convener = new ComboBox<>(getTranslation("followup.bodies.convener"));
        convener.setItems(organisations);
        convener.setItemLabelGenerator(PartnerOrganisation::getName);
        binder.bind(mandate, "mandate");
        binder.forField(convener).withConverter(
                (PartnerOrganisation chosen) -> chosen == null ? null : chosen.getId(),
                (String id) -> organisations.stream().filter(one -> one.getId().equals(id)).findFirst().orElse(null))
                .bind("convenerId");
        binder.readRecord(new PartnerBodyDraft("", null, null, "", null));
        add(new FormLayout(name, level, department, mandate, convener));
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
