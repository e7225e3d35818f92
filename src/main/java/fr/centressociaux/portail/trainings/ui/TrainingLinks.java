package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.html.Anchor;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingSessions;

/** Links to a training's page and a session's page, as plain anchors (they open in a new tab too). */
final class TrainingLinks {

    static final String CATALOGUE = "formations";

    private TrainingLinks() {
    }

    static String trainingPath(String trainingId) {
        return CATALOGUE + "/" + trainingId;
    }

    /** Without the leading slash, for router navigation and relative links. */
    static String sessionPath(String sessionId) {
        return TrainingSessions.path(sessionId).substring(1);
    }

    static Anchor training(Training training) {
        Anchor link = new Anchor(trainingPath(training.getId()), training.getTitle());
        link.addClassName("training-link");
        return link;
    }

    static Anchor session(String sessionId, String text) {
        Anchor link = new Anchor(sessionPath(sessionId), text);
        link.addClassName("training-link");
        return link;
    }
}
