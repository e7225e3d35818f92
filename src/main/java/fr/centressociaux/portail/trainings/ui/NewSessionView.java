package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** Scheduling a session of a training. */
@Route(TrainingLinks.CATALOGUE + "/:id/sessions/nouvelle")
@RolesAllowed("ADMIN")
class NewSessionView extends SessionFormPage implements BeforeEnterObserver {

    private final TrainingCatalogue catalogue;
    private final TrainingSessions sessions;
    private String trainingId = "";

    NewSessionView(TrainingCatalogue catalogue, TrainingSessions sessions, CentreService centres, Clock clock) {
        super(centres, clock);
        this.catalogue = catalogue;
        this.sessions = sessions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        trainingId = event.getRouteParameters().get("id").orElse("");
        try {
            Training training = catalogue.get(trainingId);
            showForm("session-form.new.title", training, null);
        } catch (AccessDeniedException | UserFacingException hidden) {
            // Not allowed, or does not exist: the same page either way (issue 17 §14).
            removeAll();
            add(PageMessage.notFound());
        }
    }

    @Override
    protected TrainingSession store(SessionForm form) {
        return sessions.schedule(trainingId, form.draft());
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(TrainingLinks.trainingPath(trainingId)));
    }
}
