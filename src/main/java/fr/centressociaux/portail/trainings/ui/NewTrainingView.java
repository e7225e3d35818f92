package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;

import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import jakarta.annotation.security.RolesAllowed;

/** A new catalogue entry, unpublished until staff publish it from its page. */
@Route(TrainingLinks.CATALOGUE + "/nouvelle")
@RolesAllowed("ADMIN")
class NewTrainingView extends TrainingFormPage {

    private final TrainingCatalogue catalogue;

    NewTrainingView(TrainingCatalogue catalogue, Clock clock) {
        super(clock);
        this.catalogue = catalogue;
        showForm("training-form.new.title", "training-form.new.intro", null);
    }

    @Override
    protected Training store(TrainingForm form) {
        return catalogue.create(form.draft());
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(TrainingCatalogueView.class));
    }
}
