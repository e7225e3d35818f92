package fr.centressociaux.portail.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.reporting.ConventionDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.territories.Department;

/**
 * A convention's terms as staff type them, bound to a {@link ConventionDraft}: the funder's
 * department, the network head, the years, the amount per year, the payment schedule and the first
 * bilan's deadline. Never saves by itself.
 */
class ConventionForm extends Div implements FormPage.BoundForm<ConventionDraft> {

    private final DraftBinder<ConventionDraft> binder = new DraftBinder<>(ConventionDraft.class);

    ConventionForm(int thisYear, boolean creating, Runnable onSave, Runnable onCancel) {
        addClassName("convention-form");
        ComboBox<Department> department = new ComboBox<>(getTranslation("convention.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(chosen -> getTranslation(chosen.labelKey()));
        department.setHelperText(getTranslation("convention.department.help"));
        TextField networkHead = new TextField(getTranslation("convention.network-head"));
        networkHead.setMaxLength(ConventionDraft.MAX_NAME);
        networkHead.setWidthFull();
        IntegerField firstYear = new IntegerField(getTranslation("convention.first-year"));
        IntegerField lastYear = new IntegerField(getTranslation("convention.last-year"));
        BigDecimalField amount = new BigDecimalField(getTranslation("convention.amount"));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        ScheduleField schedule = new ScheduleField();
        FrenchDatePicker deadline = new FrenchDatePicker(getTranslation("convention.deadline"));
        deadline.setHelperText(getTranslation("convention.deadline.help"));
        binder.forField(department).bind("department");
        binder.forField(networkHead).bind("networkHead");
        binder.forField(firstYear).withNullRepresentation(0).bind("firstYear");
        binder.forField(lastYear).withNullRepresentation(0).bind("lastYear");
        binder.forField(amount).bind("amountPerYear");
        binder.forField(schedule).bind("schedule");
        binder.forField(deadline).bind("bilanDeadline");
        binder.readRecord(ConventionDraft.blank(thisYear));

        Div years = new Div(firstYear, lastYear, amount);
        years.addClassName("convention-form-row");
        Button save = new Button(getTranslation(creating ? "convention.create" : "convention.save"),
                click -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("convention-form-buttons");
        add(department, networkHead, years, schedule, deadline, buttons);
    }

    void read(ConventionDraft draft) {
        binder.readRecord(draft);
    }

    @Override
    public DraftBinder<ConventionDraft> binder() {
        return binder;
    }
}
