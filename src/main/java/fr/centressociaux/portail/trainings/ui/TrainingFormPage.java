package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;

import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.trainings.Training;
import org.jspecify.annotations.Nullable;

/** A page holding the training form: saves through the service, shows refusals next to the fields, then opens the training. */
abstract class TrainingFormPage extends FormPage<TrainingForm, Training> {

    private final int thisYear;

    TrainingFormPage(Clock clock) {
        super("training-form-page", "training-form.page-title", "training-ui.denied.action");
        this.thisYear = LocalDate.now(clock).getYear();
    }

    void showForm(String titleKey, String introKey, @Nullable Training training) {
        TrainingForm form = new TrainingForm(thisYear, training == null, this::save, this::leave);
        if (training != null) {
            form.read(training);
        }
        show(form, new ViewHeader(titleKey, introKey));
    }

    @Override
    protected void saved(Training saved) {
        Notifications.success("training-form.saved", saved.getTitle());
        getUI().ifPresent(ui -> ui.navigate(TrainingLinks.trainingPath(saved.getId())));
    }
}
