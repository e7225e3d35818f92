package fr.centressociaux.portail.centres.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDecimalConverter;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/**
 * One year of figures: new, or an existing year corrected (its year stays). The full-time
 * equivalent is typed the French way ("8,5"); the figures' constraints are checked as they are
 * typed and again by the service, whose refusals show next to the fields.
 */
class FiguresDialog extends SaveDialog {

    private final IntegerField year = new IntegerField(getTranslation("centre-page.figures.year"));
    private final IntegerField employees = new IntegerField(getTranslation("centre-page.figures.employees"));
    private final TextField fte = new TextField(getTranslation("centre-page.figures.fte"));
    private final IntegerField volunteers = new IntegerField(getTranslation("centre-page.figures.volunteers"));
    private final Binder<YearlyFigures> binder = new BeanValidationBinder<>(YearlyFigures.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Predicate<YearlyFigures> onSave;

    FiguresDialog(@Nullable YearlyFigures existing, int defaultYear, Predicate<YearlyFigures> onSave) {
        super("centre-page.save", existing == null ? "centre-page.figures.dialog.new"
                : "centre-page.figures.dialog.edit", existing == null ? "" : String.valueOf(existing.year()));
        this.onSave = onSave;
        addClassName("figures-dialog");
        year.setStepButtonsVisible(true);
        year.setReadOnly(existing != null);
        fte.getElement().setAttribute("inputmode", "decimal");
        String required = getTranslation("input.required");
        binder.forField(year).asRequired(required).bind("year");
        binder.forField(employees).asRequired(required).bind("employees");
        binder.forField(fte).asRequired(required)
                .withConverter(new FrenchDecimalConverter(getTranslation("input.decimal")))
                .bind("fullTimeEquivalent");
        binder.forField(volunteers).asRequired(required).bind("volunteers");
        if (existing != null) {
            binder.readRecord(existing);
        } else {
            year.setValue(defaultYear);
        }
        add(new FormLayout(year, employees, fte, volunteers));
    }

    @Override
    protected boolean save() {
        YearlyFigures figures;
        try {
            figures = binder.writeRecord();
        } catch (ValidationException invalid) {
            return false;
        }
        return refusals.attempt(() -> onSave.test(figures), Notifications::error).orElse(false);
    }
}
