package fr.centressociaux.portail.trainings.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDecimalConverter;
import fr.centressociaux.portail.shared.ui.MarkdownField;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingFamily;

/**
 * A catalogue entry: title, year, family, audience, target jobs, length, trainer, objectives and
 * programme in Markdown, and the FOSFORA line when the fund pays for it. Never saves by itself: the
 * page saves {@link #draft()} and puts the service's refusals next to the fields.
 */
class TrainingForm extends Div implements FormPage.Form {

    private final TextField title = new TextField();
    private final IntegerField year = new IntegerField();
    private final Select<TrainingFamily> family = new Select<>();
    private final Select<TrainingAudience> audience = new Select<>();
    private final MultiSelectComboBox<Job> jobs = new MultiSelectComboBox<>();
    private final TextField hours = new TextField();
    private final TextField trainer = new TextField();
    private final MarkdownField objectives = new MarkdownField("training-form.objectives",
            "training-form.markdown.help", "training-form.preview");
    private final MarkdownField programme = new MarkdownField("training-form.programme",
            "training-form.markdown.help", "training-form.preview");
    private final Checkbox eligible = new Checkbox();
    /** Hours typed the French way, e.g. "1,5". */
    private static final FrenchDecimalConverter HOURS = new FrenchDecimalConverter("");
    private final Select<FosforaLine> fosforaLine = new Select<>();
    private final FieldRefusals problems = new FieldRefusals();

    TrainingForm(int defaultYear, boolean creating, Runnable onSave, Runnable onCancel) {
        addClassName("training-form");
        title.setLabel(getTranslation("training-form.title"));
        title.setMaxLength(150);
        year.setLabel(getTranslation("training-form.year"));
        year.setHelperText(getTranslation("training-form.year.help"));
        year.setStepButtonsVisible(true);
        year.setValue(defaultYear);
        family.setLabel(getTranslation("training-form.family"));
        family.setItems(TrainingFamily.values());
        family.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        audience.setLabel(getTranslation("training-form.audience"));
        audience.setItems(TrainingAudience.values());
        audience.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        jobs.setLabel(getTranslation("training-form.jobs"));
        jobs.setItems(Job.values());
        jobs.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        jobs.setPlaceholder(getTranslation("training-form.jobs.placeholder"));
        hours.setLabel(getTranslation("training-form.hours"));
        hours.getElement().setAttribute("inputmode", "decimal");
        trainer.setLabel(getTranslation("training-form.trainer"));
        trainer.setMaxLength(150);
        eligible.setLabel(getTranslation("training-form.fosfora"));
        fosforaLine.setLabel(getTranslation("training-form.fosfora-line"));
        fosforaLine.setItems(FosforaLine.values());
        fosforaLine.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        fosforaLine.setVisible(false);
        eligible.addValueChangeListener(change -> fosforaLine.setVisible(change.getValue()));

        problems.on("title", title).on("year", year).on("family", family).on("audience", audience)
                .on("targetJobs", jobs).on("duration", hours).on("trainer", trainer)
                .on("objectives", objectives.textArea()).on("programme", programme.textArea())
                .on("fosforaLine", fosforaLine);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(title, 2);
        form.add(year, hours, family, audience);
        form.add(jobs, 2);
        form.add(trainer, 2);
        form.add(objectives, 2);
        form.add(programme, 2);
        form.add(eligible, 2);
        form.add(fosforaLine, 2);

        Button save = new Button(getTranslation(creating ? "training-form.create" : "training-form.save"),
                click -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(title, trainer);
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("training-form-buttons");
        add(form, buttons);
    }

    void read(Training training) {
        title.setValue(training.getTitle());
        year.setValue(training.getYear());
        family.setValue(training.getFamily());
        audience.setValue(training.getAudience());
        jobs.setValue(training.getTargetJobs());
        hours.setValue(HOURS.convertToPresentation(training.getDuration().toMinutes() / 60.0, new ValueContext()));
        trainer.setValue(training.getTrainer());
        objectives.setValue(training.getObjectives());
        programme.setValue(training.getProgramme());
        eligible.setValue(training.isFosforaEligible());
        fosforaLine.setValue(training.getFosforaLine());
    }

    /** What the form holds; missing values are left for the service to refuse. */
    TrainingDraft draft() {
        Double typed = HOURS.convertToModel(hours.getValue(), new ValueContext()).getOrThrow(IllegalStateException::new);
        Duration duration = typed == null ? null : Duration.ofMinutes(Math.round(typed * 60));
        return new TrainingDraft(year.getValue(), title.getValue(), family.getValue(), audience.getValue(),
                jobs.getSelectedItems().stream().sorted().toList(), duration, objectives.getValue(), programme.getValue(),
                trainer.getValue(), eligible.getValue() ? fosforaLine.getValue() : null);
    }

    /**
     * What the service cannot judge: hours typed as a number ("1,5"), and an eligible training's
     * line (the service takes "no line" for "not eligible"). Shown next to the field; true when fine.
     */
    @Override
    public boolean checkTyped() {
        boolean fine = true;
        if (HOURS.convertToModel(hours.getValue(), new ValueContext()).isError()) {
            mark(hours, getTranslation("input.decimal"));
            fine = false;
        }
        if (eligible.getValue() && fosforaLine.getValue() == null) {
            mark(fosforaLine, getTranslation("training-form.fosfora-line.required"));
            fine = false;
        }
        return fine;
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Each problem next to its field; returns those of no field. */
    @Override
    public List<FieldProblem> showProblems(List<FieldProblem> found) {
        return problems.show(found);
    }

    @Override
    public void clearProblems() {
        problems.clear();
    }
}
