package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Territory;

/** Moves the centre to another territory from a date; earlier periods stay as they were. */
class MoveTerritoryDialog extends SaveDialog {

    private final Select<Territory> target = new Select<>();
    private final DatePicker from = new FrenchDatePicker(getTranslation("centre-page.territory.move.from"));
    private final BiPredicate<Territory, LocalDate> onMove;

    MoveTerritoryDialog(List<Territory> territories, LocalDate today, BiPredicate<Territory, LocalDate> onMove) {
        super("centre-page.territory.move", "centre-page.territory.move");
        this.onMove = onMove;
        target.setLabel(getTranslation("centre-page.territory.move.target"));
        target.setItems(territories);
        target.setItemLabelGenerator(territory -> territory == null ? "" : label(territory));
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

    @Override
    protected boolean save() {
        if (target.getValue() == null || from.getValue() == null) {
            target.setErrorMessage(getTranslation("centre-page.territory.move.required"));
            target.setInvalid(target.getValue() == null);
            from.setInvalid(from.getValue() == null);
            return false;
        }
        return onMove.test(target.getValue(), from.getValue());
    }
}
