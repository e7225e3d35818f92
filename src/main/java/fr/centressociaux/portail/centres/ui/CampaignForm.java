package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.centres.CampaignDraft;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import org.jspecify.annotations.Nullable;

/**
 * Opens the campaign of a year with its closing date, or moves the closing date of an open one.
 * The constraints of {@link CampaignDraft} are checked here; what depends on today is the
 * service's to say, and {@link #showProblems} puts it next to the date.
 */
class CampaignForm extends Div {

    private final IntegerField yearField = new IntegerField(getTranslation("campaign.form.year"));
    private final DatePicker closesOn = new FrenchDatePicker(getTranslation("campaign.form.closes-on"));
    private final BeanValidationBinder<CampaignDraft> binder = new BeanValidationBinder<>(CampaignDraft.class);

    CampaignForm(int year, @Nullable LocalDate currentClosing, Consumer<CampaignDraft> onOpen) {
        addClassName("campaign-form");
        yearField.setValue(year);
        yearField.setReadOnly(true);
        binder.forField(yearField).bind("year");
        closesOn.setHelperText(getTranslation("campaign.form.closes-on.help"));
        closesOn.setValue(currentClosing);
        binder.forField(closesOn).bind("closesOn");
        Button open = new Button(getTranslation(currentClosing == null ? "campaign.form.open" : "campaign.form.move",
                String.valueOf(year)), click -> draft().ifPresent(onOpen));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(yearField, closesOn, open);
    }

    /** The draft if the constraints hold; otherwise their messages are shown next to the date. */
    Optional<CampaignDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** The service's refusals next to the date (the year is chosen from a list and cannot be wrong here). */
    void showProblems(List<FieldProblem> problems) {
        problems.stream().filter(problem -> problem.field().equals("closesOn")).findFirst().ifPresent(problem -> {
            closesOn.setErrorMessage(problem.message());
            closesOn.setInvalid(true);
        });
    }
}
