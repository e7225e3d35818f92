package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingCatalogue;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.ATTEMPT;

/** What staff do with a training: edit it, publish or withdraw it, schedule a session, delete it. */
class TrainingActions extends Div {

    TrainingActions(Training training, TrainingCatalogue catalogue, Runnable reload) {
        addClassName("training-actions");
        String id = training.getId();
        Button edit = new Button(getTranslation("training-page.edit"), VaadinIcon.EDIT.create(),
                click -> navigate(TrainingLinks.trainingPath(id) + "/modifier"));
        Button schedule = new Button(getTranslation("training-page.schedule"), VaadinIcon.CALENDAR.create(),
                click -> navigate(TrainingLinks.trainingPath(id) + "/sessions/nouvelle"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button publish = training.isPublished()
                ? new Button(getTranslation("training-page.unpublish"), VaadinIcon.EYE_SLASH.create(),
                        click -> ATTEMPT.run(() -> catalogue.publish(id, training.getVersion(), false), reload,
                                "training-page.unpublished", training.getTitle()))
                : new Button(getTranslation("training-page.publish"), VaadinIcon.EYE.create(),
                        click -> ATTEMPT.run(() -> catalogue.publish(id, training.getVersion(), true), reload,
                                "training-page.published", training.getTitle()));
        Button delete = new Button(getTranslation("training-page.delete"), VaadinIcon.TRASH.create(),
                click -> DangerConfirm.open("training-page.delete.title",
                        getTranslation("training-page.delete.text", training.getTitle()), "training-page.delete.confirm",
                        () -> ATTEMPT.run(() -> catalogue.delete(id), () -> navigate(TrainingLinks.CATALOGUE),
                                "training-page.deleted", training.getTitle())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(schedule, edit, publish, delete);
    }

    private static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }
}
