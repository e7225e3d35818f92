package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ConcurrentEditDialog;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Changing a session's days, host, seats or deadline, on the version the person opened. */
@Route(TrainingLinks.CATALOGUE + "/sessions/:id/modifier")
@RolesAllowed("ADMIN")
class EditSessionView extends SessionFormPage implements BeforeEnterObserver {

    private final TrainingSessions sessions;
    private @Nullable TrainingSession session;

    EditSessionView(TrainingSessions sessions, CentreService centres, Clock clock) {
        super(centres, clock);
        this.sessions = sessions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            open(id);
        } catch (AccessDeniedException | UserFacingException hidden) {
            // Not allowed, or does not exist: the same page either way (issue 17 §14).
            removeAll();
            add(PageMessage.notFound());
        }
    }

    private void open(String id) {
        SessionRow row = sessions.get(id);
        session = row.session();
        showForm("session-form.edit.title", row.training(), row.session());
    }

    @Override
    protected TrainingSession store(SessionForm form) {
        TrainingSession shown = current();
        return sessions.update(shown.getId(), shown.getVersion(), form.draft());
    }

    @Override
    protected void onConcurrentEdit() {
        ConcurrentEditDialog.open(TrainingUi.KEYS, () -> open(current().getId()));
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(TrainingLinks.sessionPath(current().getId())));
    }

    private TrainingSession current() {
        if (session == null) {
            throw new IllegalStateException("No session shown");
        }
        return session;
    }
}
