package fr.centressociaux.portail.reporting.ui;

import java.util.List;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.reporting.ConventionDraft;
import fr.centressociaux.portail.reporting.FicheAction;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.MeasureCatalogue;
import fr.centressociaux.portail.reporting.MeasureChoices;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.FieldRefusals;

/**
 * The fiches action → objectives → indicators of a convention laid out for editing: titles typed in
 * place, each level added, moved up or down and removed (after confirmation), indicators edited in
 * {@link IndicatorDialog}. Holds the edits ({@link EditedStructure}) until the page saves them;
 * the service's refusals land on the titles they name ({@code fiches[1].objectives[0].title}).
 */
class StructureEditor extends Div {

    private final EditedStructure structure;
    private final MeasureCatalogue catalogue;
    private final MeasureChoices choices;
    private final IntSupplier previewYear;
    private final FieldRefusals refusals = new FieldRefusals();

    StructureEditor(List<FicheAction> fiches, MeasureCatalogue catalogue, MeasureChoices choices,
            IntSupplier previewYear) {
        this.structure = EditedStructure.of(fiches);
        this.catalogue = catalogue;
        this.choices = choices;
        this.previewYear = previewYear;
        addClassName("structure-editor");
        render();
    }

    List<FicheAction> fiches() {
        return structure.toFiches();
    }

    FieldRefusals refusals() {
        return refusals;
    }

    private void render() {
        removeAll();
        refusals.forget("fiches");
        for (int f = 0; f < structure.fiches.size(); f++) {
            add(fiche(f));
        }
        add(adder("convention.fiche.add", () -> structure.fiches.add(new EditedStructure.Fiche("", List.of()))));
    }

    private Component fiche(int f) {
        EditedStructure.Fiche fiche = structure.fiches.get(f);
        String path = "fiches[" + f + "]";
        Div box = new Div();
        box.addClassName("fiche-editor");
        H2 heading = new H2(getTranslation("convention.fiche.heading", f + 1));
        box.add(heading, title("convention.fiche.title", fiche.title, typed -> fiche.title = typed, path + ".title"),
                moves(structure.fiches, f, "convention.fiche.remove", fiche.title));
        for (int o = 0; o < fiche.objectives.size(); o++) {
            box.add(objective(fiche, o, path + ".objectives[" + o + "]"));
        }
        box.add(adder("convention.objective.add", () -> fiche.objectives.add(EditedStructure.Goal.blank())));
        return box;
    }

    private Component objective(EditedStructure.Fiche fiche, int o, String path) {
        EditedStructure.Goal goal = fiche.objectives.get(o);
        Div box = new Div();
        box.addClassName("objective-editor");
        box.add(new H3(getTranslation("convention.objective.heading", o + 1)),
                title("convention.objective.title", goal.title, typed -> goal.title = typed, path + ".title"),
                moves(fiche.objectives, o, "convention.objective.remove", goal.title));
        UnorderedList indicators = new UnorderedList();
        indicators.addClassName("indicator-list");
        for (int i = 0; i < goal.indicators.size(); i++) {
            indicators.add(indicator(goal, i));
        }
        box.add(indicators, adder("convention.indicator.add", null, () -> new IndicatorDialog(catalogue, choices,
                null, previewYear.getAsInt(), created -> {
                    goal.indicators.add(created);
                    render();
                }).open()));
        return box;
    }

    private ListItem indicator(EditedStructure.Goal goal, int i) {
        Indicator indicator = goal.indicators.get(i);
        Span label = new Span(indicator.label());
        label.addClassName("indicator-label");
        Span measure = new Span(catalogue.label(indicator.measure().measureId()));
        measure.addClassName("indicator-measure");
        Button edit = new Button(getTranslation("convention.indicator.edit"), click -> new IndicatorDialog(catalogue,
                choices, indicator, previewYear.getAsInt(), changed -> {
                    goal.indicators.set(goal.indicators.indexOf(indicator), changed);
                    render();
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.getElement().setAttribute("aria-label", getTranslation("convention.indicator.edit.label", indicator.label()));
        ListItem item = new ListItem(new Div(label, measure), edit,
                moves(goal.indicators, i, "convention.indicator.remove", indicator.label()));
        item.addClassName("indicator-editor");
        return item;
    }

    private TextArea title(String labelKey, String value, java.util.function.Consumer<String> typed, String path) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setValue(value);
        field.setMaxLength(ConventionDraft.MAX_TITLE);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(change -> typed.accept(change.getValue()));
        refusals.on(path, field);
        return field;
    }

    /** Up, down and remove (confirmed) for the item at {@code index} of {@code list}. */
    private <T> Div moves(List<T> list, int index, String removeKey, String name) {
        String shown = name.isBlank() ? getTranslation("convention.untitled") : name;
        Button up = icon(VaadinIcon.ARROW_UP, getTranslation("convention.move-up", shown), () -> {
            EditedStructure.move(list, index, -1);
            render();
        });
        up.setEnabled(index > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, getTranslation("convention.move-down", shown), () -> {
            EditedStructure.move(list, index, 1);
            render();
        });
        down.setEnabled(index < list.size() - 1);
        Button remove = icon(VaadinIcon.TRASH, getTranslation(removeKey, shown), () -> DangerConfirm.open(removeKey
                + ".confirm-title", getTranslation(removeKey + ".confirm", shown), "convention.remove", () -> {
                    list.remove(index);
                    render();
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div moves = new Div(up, down, remove);
        moves.addClassName("structure-moves");
        return moves;
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }

    private Button adder(String key, Runnable add) {
        return adder(key, add, null);
    }

    /** A button adding an item: {@code add} changes the structure (then laid out again), or {@code open} asks first. */
    private Button adder(String key, @org.jspecify.annotations.Nullable Runnable add,
            @org.jspecify.annotations.Nullable Runnable open) {
        Button button = new Button(getTranslation(key), VaadinIcon.PLUS.create(), click -> {
            if (add != null) {
                add.run();
                render();
            } else if (open != null) {
                open.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("structure-add");
        return button;
    }
}
