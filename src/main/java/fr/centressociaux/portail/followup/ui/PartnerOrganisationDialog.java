package fr.centressociaux.portail.followup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisationDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;

/** A partner organisation for the register: its name, kind, department and local area (an MDS's). */
class PartnerOrganisationDialog extends SaveDialog {

    private final DraftBinder<PartnerOrganisationDraft> binder = new DraftBinder<>(PartnerOrganisationDraft.class);
    private final Consumer<PartnerOrganisationDraft> onSave;

    PartnerOrganisationDialog(Consumer<PartnerOrganisationDraft> onSave) {
        super("followup.organisations.save", "followup.organisations.add");
        this.onSave = onSave;
        TextField name = new TextField(getTranslation("followup.organisations.name"));
        ComboBox<PartnerKind> kind = new ComboBox<>(getTranslation("followup.organisations.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        ComboBox<Department> department = new ComboBox<>(getTranslation("followup.bodies.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        TextField area = new TextField(getTranslation("followup.organisations.area"));
        binder.bind(name, "name");
        binder.bind(kind, "kind");
        binder.bind(department, "department");
        binder.bind(area, "area");
        binder.readRecord(new PartnerOrganisationDraft("", null, null, ""));
        add(new FormLayout(name, kind, department, area));
    }

    @Override
    protected boolean save() {
        return binder.draft().map(draft -> binder.refusals().attempt(() -> onSave.accept(draft))).orElse(false);
    }
}
