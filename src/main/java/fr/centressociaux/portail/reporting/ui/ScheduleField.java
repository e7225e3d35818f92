package fr.centressociaux.portail.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.centressociaux.portail.reporting.Instalment;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;

/**
 * A convention's payment schedule as rows: a share in percent and when it falls due ("70 % à la
 * signature", "30 % après validation du bilan"). The service checks that the shares add up to 100.
 */
class ScheduleField extends CustomField<List<Instalment>> {

    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();

    private final class Row extends Div {
        final IntegerField percent = new IntegerField(getTranslation("convention.schedule.percent"));
        final ComboBox<PaymentTrigger> dueOn = new ComboBox<>(getTranslation("convention.schedule.due-on"));

        Row(Instalment instalment) {
            addClassName("schedule-row");
            percent.setMin(1);
            percent.setMax(100);
            percent.setValue(instalment.percent());
            percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            dueOn.setItems(PaymentTrigger.values());
            dueOn.setItemLabelGenerator(trigger -> getTranslation(trigger.labelKey()));
            dueOn.setValue(instalment.dueOn());
            percent.addValueChangeListener(change -> updateValue());
            dueOn.addValueChangeListener(change -> updateValue());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                shown.remove(this);
                rows.remove(this);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("convention.schedule.remove"));
            add(percent, dueOn, remove);
        }
    }

    ScheduleField() {
        setLabel(getTranslation("convention.schedule"));
        Button more = new Button(getTranslation("convention.schedule.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(new Instalment(0, PaymentTrigger.BILAN_VALIDATED));
            updateValue();
        });
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, more);
    }

    @Override
    protected List<Instalment> generateModelValue() {
        return shown.stream().filter(row -> row.percent.getValue() != null && row.dueOn.getValue() != null)
                .map(row -> new Instalment(Objects.requireNonNull(row.percent.getValue()),
                        Objects.requireNonNull(row.dueOn.getValue())))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<Instalment> schedule) {
        shown.clear();
        rows.removeAll();
        (schedule == null ? List.<Instalment>of() : schedule).forEach(this::addRow);
    }

    private void addRow(Instalment instalment) {
        Row row = new Row(instalment);
        shown.add(row);
        rows.add(row);
    }
}
