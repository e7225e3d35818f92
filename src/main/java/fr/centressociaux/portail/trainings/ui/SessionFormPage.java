package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** A page holding the session form: saves through the service, shows refusals next to the fields, then opens the session. */
abstract class SessionFormPage extends Main implements HasDynamicTitle {

    private final CentreService centres;
    private final Clock clock;
    private @Nullable SessionForm form;

    SessionFormPage(CentreService centres, Clock clock) {
        this.centres = centres;
        this.clock = clock;
        addClassNames("form-page", "session-form-page");
    }

    /** Schedules or updates the session from the form. */
    abstract TrainingSession store(SessionForm form);

    /** Where Cancel leads. */
    abstract void leave();

    void onConcurrentEdit() {
        Notifications.error(new UserFacingException("edit.concurrent"));
    }

    void showForm(String titleKey, Training training, @Nullable TrainingSession session) {
        removeAll();
        boolean hostRequired = training.getFamily() == TrainingFamily.SUR_MESURE
                || training.getFamily() == TrainingFamily.AMEPP;
        CentrePicker host = new CentrePicker(getTranslation("session-form.host"), centres, clock);
        form = new SessionForm(host, hostRequired, session == null, this::save, this::leave);
        if (session != null) {
            form.read(session);
        }
        Paragraph of = new Paragraph(getTranslation("session-form.of", training.getTitle()));
        of.addClassName("session-form-training");
        add(new ViewHeader(titleKey, "session-form.intro"), of, form);
    }

    private void save() {
        SessionForm shown = form;
        if (shown == null) {
            return;
        }
        shown.clearProblems();
        try {
            TrainingSession saved = store(shown);
            Notifications.success("session-form.saved");
            getUI().ifPresent(ui -> ui.navigate(TrainingLinks.sessionPath(saved.getId())));
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
        return getTranslation("session-form.page-title");
    }
}
