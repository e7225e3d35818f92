package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ConcurrentEditDialog;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Changing a catalogue entry, saved with the version the person opened; a save in between is refused. */
@Route(TrainingLinks.CATALOGUE + "/:id/modifier")
@RolesAllowed("ADMIN")
class EditTrainingView extends TrainingFormPage implements BeforeEnterObserver {

    private final TrainingCatalogue catalogue;
    private @Nullable Training training;

    EditTrainingView(TrainingCatalogue catalogue, Clock clock) {
        super(clock);
        this.catalogue = catalogue;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            open(catalogue.get(id));
        } catch (AccessDeniedException | UserFacingException hidden) {
            // Not allowed, or does not exist: the same page either way (issue 17 §14).
            removeAll();
            add(PageMessage.notFound());
        }
    }

    private void open(Training found) {
        training = found;
        showForm("training-form.edit.title", "training-form.edit.intro", found);
    }

    @Override
    protected Training store(TrainingForm form) {
        Training shown = current();
        return catalogue.update(shown.getId(), shown.getVersion(), form.draft());
    }

    @Override
    protected void onConcurrentEdit() {
        ConcurrentEditDialog.open(TrainingUi.KEYS, () -> open(catalogue.get(current().getId())));
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(TrainingLinks.trainingPath(current().getId())));
    }

    private Training current() {
        if (training == null) {
            throw new IllegalStateException("No training shown");
        }
        return training;
    }
}
