package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.centres.TerritoryMove;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Territory;
import org.jspecify.annotations.Nullable;

/**
 * Moves the centre to another territory from a date; earlier periods stay as they were. Bound to a
 * {@link TerritoryMove}; the service's refusal (a territory that does not exist on that date) shows
 * next to the territory.
 */
class MoveTerritoryDialog extends SaveDialog {

    // A ComboBox, not a Select: a required Select puts aria-required on a button (DD010).
    private final ComboBox<Territory> target = new ComboBox<>();
    private final DatePicker from = new FrenchDatePicker(getTranslation("centre-page.territory.move.from"));
    private final DraftBinder<TerritoryMove> binder = new DraftBinder<>(TerritoryMove.class);
    private final List<Territory> territories;
    private final Predicate<TerritoryMove> onMove;

    MoveTerritoryDialog(List<Territory> territories, LocalDate today, Predicate<TerritoryMove> onMove) {
        super("centre-page.territory.move", "centre-page.territory.move");
        this.territories = territories;
        this.onMove = onMove;
        addClassName("move-territory-dialog");
        target.setLabel(getTranslation("centre-page.territory.move.target"));
        target.setItems(territories);
        target.setItemLabelGenerator(this::label);
        binder.forField(target).withConverter(chosen -> chosen == null ? null : chosen.getId(), this::territory)
                .bind("territoryId");
        binder.forField(from).bind("from");
        from.setValue(today);
        Paragraph text = new Paragraph(getTranslation("centre-page.territory.move.text"));
        text.addClassName("secondary-text");
        FormLayout form = new FormLayout(target, from);
        add(text, form);
    }

    private String label(Territory territory) {
        return territory.getValidTo() == null
                ? getTranslation("centre-page.territory.option.since", territory.getName(),
                        FrenchDates.format(territory.getValidFrom()))
                : getTranslation("centre-page.territory.option.between", territory.getName(),
                        FrenchDates.format(territory.getValidFrom()), FrenchDates.format(territory.getValidTo()));
    }

    private @Nullable Territory territory(@Nullable String id) {
        return territories.stream().filter(territory -> territory.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    protected boolean save() {
        return binder.draft().flatMap(move -> binder.refusals().attempt(() -> onMove.test(move), Notifications::error))
                .orElse(false);
    }
}
