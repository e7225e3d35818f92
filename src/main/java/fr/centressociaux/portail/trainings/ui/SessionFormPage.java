package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.jspecify.annotations.Nullable;

/** A page holding the session form: saves through the service, shows refusals next to the fields, then opens the session. */
abstract class SessionFormPage extends FormPage<SessionForm, TrainingSession> {

    private final CentreService centres;
    private final Clock clock;

    SessionFormPage(CentreService centres, Clock clock) {
        super("session-form-page", "session-form.page-title", "training-ui.denied.action");
        this.centres = centres;
        this.clock = clock;
    }

    void showForm(String titleKey, Training training, @Nullable TrainingSession session) {
        boolean hostRequired = training.getFamily() == TrainingFamily.SUR_MESURE
                || training.getFamily() == TrainingFamily.AMEPP;
        CentrePicker host = new CentrePicker(getTranslation("session-form.host"), centres, clock);
        SessionForm form = new SessionForm(host, hostRequired, session == null, this::save, this::leave);
        if (session != null) {
            form.read(session);
        }
        Paragraph of = new Paragraph(getTranslation("session-form.of", training.getTitle()));
        of.addClassName("session-form-training");
        show(form, new ViewHeader(titleKey, "session-form.intro"), of);
    }

    @Override
    protected void saved(TrainingSession saved) {
        Notifications.success("session-form.saved");
        getUI().ifPresent(ui -> ui.navigate(TrainingLinks.sessionPath(saved.getId())));
    }
}
