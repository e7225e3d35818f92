package fr.centressociaux.portail.trainings.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingPermissions;
import fr.centressociaux.portail.trainings.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A training's page: what it is and its sessions, each leading to its own page where people are
 * enrolled. Staff edit, publish, schedule and delete from here.
 */
@Route(TrainingLinks.CATALOGUE + "/:id")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR"})
class TrainingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingCatalogue catalogue;
    private final TrainingSessions sessions;
    private final TrainingFormats formats;
    private String trainingId = "";
    private String pageTitle = "";

    TrainingView(TrainingCatalogue catalogue, TrainingSessions sessions, TrainingFormats formats) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.formats = formats;
        addClassName("training-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        trainingId = event.getRouteParameters().get("id").orElse("");
        show();
    }

    private void show() {
        removeAll();
        try {
            Training training = catalogue.get(trainingId);
            List<SessionRow> rows = sessions.ofTraining(trainingId);
            TrainingPermissions permissions = catalogue.permissions();
            pageTitle = training.getTitle();
            Div actions = permissions.manage() ? new TrainingActions(training, catalogue, this::show) : new Div();
            add(new TrainingSummary(training, actions), new SessionCards(rows, formats, permissions.enrol()));
        } catch (AccessDeniedException | UserFacingException hidden) {
            // One may not see it, or it does not exist: the same page either way (issue 17 §14).
            pageTitle = getTranslation("training-ui.not-found.title");
            add(PageMessage.notFound());
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
