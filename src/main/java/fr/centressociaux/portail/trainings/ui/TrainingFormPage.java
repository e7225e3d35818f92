package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.trainings.Training;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** A page holding the training form: saves through the service, shows refusals next to the fields, then opens the training. */
abstract class TrainingFormPage extends Main implements HasDynamicTitle {

    private final int thisYear;
    private @Nullable TrainingForm form;

    TrainingFormPage(Clock clock) {
        this.thisYear = LocalDate.now(clock).getYear();
        addClassNames("form-page", "training-form-page");
    }

    /** Creates or updates the training from the form. */
    abstract Training store(TrainingForm form);

    /** Where Cancel leads. */
    abstract void leave();

    /** Someone saved the training since the form was filled. */
    void onConcurrentEdit() {
        Notifications.error(new UserFacingException("edit.concurrent"));
    }

    void showForm(String titleKey, String introKey, @Nullable Training training) {
        removeAll();
        form = new TrainingForm(thisYear, training == null, this::save, this::leave);
        if (training != null) {
            form.read(training);
        }
        add(new ViewHeader(titleKey, introKey), form);
    }

    private void save() {
        TrainingForm shown = form;
        if (shown == null) {
            return;
        }
        shown.clearProblems();
        if (!shown.checkTyped()) {
            return;
        }
        try {
            Training saved = store(shown);
            Notifications.success("training-form.saved", saved.getTitle());
            getUI().ifPresent(ui -> ui.navigate(TrainingLinks.trainingPath(saved.getId())));
        } catch (InvalidInputException invalid) {
            shown.showProblems(invalid.problems()).forEach(problem -> Notifications.errorText(problem.message()));
        } catch (UserFacingException refusal) {
            if ("edit.concurrent".equals(refusal.messageKey())) {
                onConcurrentEdit();
            } else {
                Notifications.error(refusal);
            }
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException("training-ui.denied.action"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training-form.page-title");
    }
}
