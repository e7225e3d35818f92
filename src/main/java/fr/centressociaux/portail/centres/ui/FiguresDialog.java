package fr.centressociaux.portail.centres.ui;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/** One year of figures: new, or an existing year corrected (its year stays). */
class FiguresDialog extends SaveDialog {

    private final IntegerField year = new IntegerField(getTranslation("centre-page.figures.year"));
    private final IntegerField employees = new IntegerField(getTranslation("centre-page.figures.employees"));
    private final NumberField fte = new NumberField(getTranslation("centre-page.figures.fte"));
    private final IntegerField volunteers = new IntegerField(getTranslation("centre-page.figures.volunteers"));
    private final Predicate<YearlyFigures> onSave;

    FiguresDialog(@Nullable YearlyFigures existing, int defaultYear, Predicate<YearlyFigures> onSave) {
        super("centre-page.save", existing == null ? "centre-page.figures.dialog.new"
                : "centre-page.figures.dialog.edit", existing == null ? "" : String.valueOf(existing.year()));
        this.onSave = onSave;
        year.setStepButtonsVisible(true);
        year.setValue(existing == null ? defaultYear : existing.year());
        year.setReadOnly(existing != null);
        employees.setMin(0);
        volunteers.setMin(0);
        fte.setMin(0);
        fte.setStep(0.1);
        if (existing != null) {
            employees.setValue(existing.employees());
            fte.setValue(existing.fullTimeEquivalent());
            volunteers.setValue(existing.volunteers());
        }
        add(new FormLayout(year, employees, fte, volunteers));
    }

    @Override
    protected boolean save() {
        boolean complete = true;
        for (AbstractNumberField<?, ?> field : List.of(year, employees, fte, volunteers)) {
            if (field.getValue() == null) {
                field.setErrorMessage(getTranslation("centre.rule.required"));
                field.setInvalid(true);
                complete = false;
            }
        }
        if (!complete) {
            return false;
        }
        return onSave.test(new YearlyFigures(year.getValue(), employees.getValue(), fte.getValue(),
                volunteers.getValue()));
    }
}
