package fr.centressociaux.portail.trainings.ui;

import fr.centressociaux.portail.shared.ui.ActionKeys;
import fr.centressociaux.portail.shared.ui.Attempt;
import fr.centressociaux.portail.shared.ui.FileLink;

/** The shared screen helpers, set up with the training screens' own texts. */
final class TrainingUi {

    static final ActionKeys KEYS = new ActionKeys("training-ui.denied.action", "training-ui.concurrent.title",
            "training-ui.concurrent.text", "training-ui.reload", "training-ui.keep-editing");

    static final Attempt ATTEMPT = new Attempt(KEYS);

    static final FileLink FILE_LINK = new FileLink(KEYS.denied());

    private TrainingUi() {
    }
}
