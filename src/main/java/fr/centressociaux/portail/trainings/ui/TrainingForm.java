package fr.centressociaux.portail.trainings.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDecimalConverter;
import fr.centressociaux.portail.shared.ui.MarkdownField;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingFamily;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry: title, year, family, audience, target jobs, length, trainer, objectives and
 * programme in Markdown, and the FOSFORA line when the fund pays for it. Bound to a
 * {@link TrainingDraft}, whose constraints each field shows as it is left; never saves by itself.
 */
class TrainingForm extends Div implements FormPage.BoundForm<TrainingDraft> {

    private final TextField title = new TextField();
    private final IntegerField year = new IntegerField();
    // ComboBoxes, not Selects: a required Select puts aria-required on a button (DD010).
    private final ComboBox<TrainingFamily> family = new ComboBox<>();
    private final ComboBox<TrainingAudience> audience = new ComboBox<>();
    private final MultiSelectComboBox<Job> jobs = new MultiSelectComboBox<>();
    private final TextField hours = new TextField();
    private final TextField trainer = new TextField();
    private final MarkdownField objectives = new MarkdownField("training-form.objectives",
            "training-form.markdown.help", "training-form.preview");
    private final MarkdownField programme = new MarkdownField("training-form.programme",
            "training-form.markdown.help", "training-form.preview");
    private final Checkbox eligible = new Checkbox();
    private final ComboBox<FosforaLine> fosforaLine = new ComboBox<>();
    private final DraftBinder<TrainingDraft> binder = new DraftBinder<>(TrainingDraft.class);

    TrainingForm(int defaultYear, boolean creating, Runnable onSave, Runnable onCancel) {
        addClassName("training-form");
        title.setLabel(getTranslation("training-form.title"));
        title.setMaxLength(150);
        year.setLabel(getTranslation("training-form.year"));
        year.setHelperText(getTranslation("training-form.year.help"));
        year.setStepButtonsVisible(true);
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
        bind();
        year.setValue(defaultYear);

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

    private void bind() {
        binder.forField(title).bind("title");
        binder.forField(year).bind("year");
        binder.forField(family).bind("family");
        binder.forField(audience).bind("audience");
        binder.forField(jobs).withConverter(TrainingForm::inOrder, Set::copyOf).bind("targetJobs");
        binder.forField(hours).withConverter(new FrenchDecimalConverter(getTranslation("input.decimal")))
                .withConverter(TrainingForm::minutes, TrainingForm::hours).bind("duration");
        binder.forField(trainer).bind("trainer");
        binder.forField(objectives.textArea()).bind("objectives");
        binder.forField(programme.textArea()).bind("programme");
        binder.forField(fosforaLine).withConverter(eligibleLine()).bind("fosforaLine");
        // The binder marks @NotNull fields as required; the title is @NotBlank, so it is marked here.
        title.setRequiredIndicatorVisible(true);
    }

    void read(Training training) {
        binder.readRecord(TrainingDraft.of(training));
        eligible.setValue(training.isFosforaEligible());
    }

    @Override
    public DraftBinder<TrainingDraft> binder() {
        return binder;
    }

    /**
     * The draft knows no "eligible" flag: no line means not eligible to the fund. So the line is
     * the one chosen when the box is ticked, none otherwise, and a ticked box asks for its line.
     */
    private Converter<@Nullable FosforaLine, @Nullable FosforaLine> eligibleLine() {
        return Converter.from(line -> !eligible.getValue() ? Result.ok(null)
                : line == null ? Result.error(getTranslation("training-form.fosfora-line.required")) : Result.ok(line),
                line -> line);
    }

    private static List<Job> inOrder(@Nullable Set<Job> chosen) {
        return chosen == null ? List.of() : chosen.stream().sorted().toList();
    }

    private static @Nullable Duration minutes(@Nullable Double typedHours) {
        return typedHours == null ? null : Duration.ofMinutes(Math.round(typedHours * 60));
    }

    private static @Nullable Double hours(@Nullable Duration duration) {
        return duration == null ? null : duration.toMinutes() / 60.0;
    }
}
