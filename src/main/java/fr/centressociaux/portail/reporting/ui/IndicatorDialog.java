package fr.centressociaux.portail.reporting.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.reporting.Figure;
import fr.centressociaux.portail.reporting.FigureText;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.IndicatorDraft;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.reporting.MeasureCatalogue;
import fr.centressociaux.portail.reporting.MeasureChoices;
import fr.centressociaux.portail.reporting.MeasureChoices.Choice;
import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of an objective: its label, the measure it quotes, picked from the catalogue, and
 * that measure's parameters, each with the field its kind calls for (a list of meeting kinds,
 * territories, participant kinds or training families; a department; a typed figure key), and a
 * preview of its value for a year. A stored value no longer offered (a deleted kind) stays shown,
 * under its stored text, so saving does not drop it silently.
 */
class IndicatorDialog extends Dialog {

    private final MeasureCatalogue catalogue;
    private final MeasureChoices choices;
    private final @Nullable Indicator edited;
    private final DraftBinder<IndicatorDraft> binder = new DraftBinder<>(IndicatorDraft.class);
    private final ComboBox<Measure> measure = new ComboBox<>();
    private final Div parameters = new Div();
    private final Span preview = new Span();
    private final Map<String, Supplier<List<String>>> arguments = new LinkedHashMap<>();

    IndicatorDialog(MeasureCatalogue catalogue, MeasureChoices choices, @Nullable Indicator edited, int previewYear,
            Consumer<Indicator> done) {
        this.catalogue = catalogue;
        this.choices = choices;
        this.edited = edited;
        addClassName("indicator-dialog");
        setHeaderTitle(getTranslation(edited == null ? "convention.indicator.new" : "convention.indicator.edit.title"));
        setWidth("min(44rem, 100vw)");
        TextField label = new TextField(getTranslation("convention.indicator.label"));
        label.setWidthFull();
        measure.setLabel(getTranslation("convention.indicator.measure"));
        measure.setItems(catalogue.all());
        measure.setItemLabelGenerator(item -> catalogue.label(item.id()));
        measure.setWidthFull();
        binder.forField(label).bind("label");
        binder.forField(measure).withConverter(chosen -> chosen == null ? "" : chosen.id(),
                id -> catalogue.find(id).orElse(null)).bind("measureId");
        binder.readRecord(IndicatorDraft.of(edited));
        parameters.addClassName("indicator-parameters");
        showParameters(edited == null ? Map.of() : edited.measure().arguments());
        measure.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showParameters(Map.of());
            }
        });
        Button compute = new Button(getTranslation("convention.indicator.preview", previewYear),
                click -> preview(previewYear));
        compute.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        preview.addClassName("indicator-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        Div previewRow = new Div(compute, preview);
        previewRow.addClassName("indicator-preview-row");
        add(label, measure, parameters, previewRow);
        Button save = new Button(getTranslation("convention.indicator.done"), click -> binder.draft().ifPresent(draft -> {
            done.accept(draft.indicator(edited, values()));
            close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void showParameters(Map<String, List<String>> stored) {
        parameters.removeAll();
        arguments.clear();
        preview.setText("");
        Measure chosen = measure.getValue();
        if (chosen == null) {
            return;
        }
        for (MeasureParameter parameter : chosen.parameters()) {
            List<String> values = stored.getOrDefault(parameter.name(), List.of());
            parameters.add(field(parameter, values));
        }
    }

    /** The field a parameter's kind calls for, registered so its values can be read back. */
    private Component field(MeasureParameter parameter, List<String> values) {
        String label = getTranslation(parameter.labelKey()) + (parameter.required() ? " *" : "");
        List<Choice> offered = new ArrayList<>(choices.of(parameter.kind()));
        if (offered.isEmpty()) {
            TextField typed = new TextField(label);
            typed.setHelperText(getTranslation(parameter.multiple() ? "convention.indicator.typed.several"
                    : "convention.indicator.typed"));
            typed.setValue(String.join(", ", values));
            typed.setWidthFull();
            arguments.put(parameter.name(), () -> Arrays.stream(typed.getValue().split(","))
                    .map(String::strip).filter(value -> !value.isEmpty()).toList());
            return typed;
        }
        values.stream().filter(value -> offered.stream().noneMatch(choice -> choice.value().equals(value)))
                .forEach(gone -> offered.add(new Choice(gone, gone)));
        List<Choice> selected = offered.stream().filter(choice -> values.contains(choice.value())).toList();
        if (parameter.multiple()) {
            MultiSelectComboBox<Choice> several = new MultiSelectComboBox<>(label);
            several.setItems(offered);
            several.setItemLabelGenerator(Choice::label);
            several.setValue(selected);
            several.setWidthFull();
            arguments.put(parameter.name(), () -> offered.stream().filter(several.getValue()::contains)
                    .map(Choice::value).toList());
            return several;
        }
        ComboBox<Choice> one = new ComboBox<>(label);
        one.setItems(offered);
        one.setItemLabelGenerator(Choice::label);
        one.setClearButtonVisible(true);
        selected.stream().findFirst().ifPresent(one::setValue);
        one.setWidthFull();
        arguments.put(parameter.name(), () -> one.getValue() == null ? List.of() : List.of(one.getValue().value()));
        return one;
    }

    private Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        arguments.forEach((name, read) -> values.put(name, read.get()));
        return values;
    }

    private void preview(int year) {
        Measure chosen = measure.getValue();
        if (chosen == null) {
            preview.setText(getTranslation("convention.indicator.pick-measure"));
            return;
        }
        Figure figure = catalogue.compute(new MeasureCall(chosen.id(), values()), year);
        preview.setText(figure.isBroken() ? figure.problem() : FigureText.value(figure));
    }
}
