package fr.centressociaux.portail.promeneurs.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import fr.centressociaux.portail.promeneurs.PdnEventDraft;
import fr.centressociaux.portail.promeneurs.PdnEventKind;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;

/** Schedules a time of the network: kind, title, date, department, and a territory for exchange half-days. */
class PdnEventDialog extends SaveDialog {

    private final BeanValidationBinder<PdnEventDraft> binder = new BeanValidationBinder<>(PdnEventDraft.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Function<PdnEventDraft, Boolean> onSave;

    PdnEventDialog(List<Territory> territories, java.time.LocalDate day, Function<PdnEventDraft, Boolean> onSave) {
        super("promeneurs.events.dialog.save", "promeneurs.events.dialog.title");
        this.onSave = onSave;
        ComboBox<PdnEventKind> kind = new ComboBox<>(getTranslation("promeneurs.events.kind"));
        kind.setItems(PdnEventKind.values());
        kind.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        TextField title = new TextField(getTranslation("promeneurs.events.event-title"));
        title.setMaxLength(160);
        FrenchDatePicker date = new FrenchDatePicker(getTranslation("promeneurs.events.date"));
        ComboBox<Department> department = new ComboBox<>(getTranslation("promeneurs.figures.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        ComboBox<Territory> territory = new ComboBox<>(getTranslation("promeneurs.events.territory"));
        territory.setItems(territories);
        territory.setItemLabelGenerator(Territory::getName);
        territory.setClearButtonVisible(true);
        territory.setHelperText(getTranslation("promeneurs.events.territory.help"));
        Map<String, Territory> byId = territories.stream()
                .collect(java.util.stream.Collectors.toMap(Territory::getId, Function.identity()));
        binder.bind(kind, "kind");
        binder.bind(title, "title");
        binder.bind(date, "date");
        binder.bind(department, "department");
        binder.forField(territory).withConverter(Converter.<Territory, String>from(
                chosen -> com.vaadin.flow.data.binder.Result.ok(chosen == null ? null : chosen.getId()),
                id -> id == null ? null : byId.get(id))).bind("territoryId");
        binder.readRecord(new PdnEventDraft(null, "", day, Department.PAS_DE_CALAIS, null));
        FormLayout form = new FormLayout(kind, title, date, department, territory);
        form.setColspan(title, 2);
        add(form);
    }

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
