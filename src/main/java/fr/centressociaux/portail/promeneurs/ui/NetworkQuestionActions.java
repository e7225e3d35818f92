package fr.centressociaux.portail.promeneurs.ui;

import java.util.function.Consumer;

import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.promeneurs.NetworkQuestions;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.shared.ui.Notifications;

/** Asking the network a question for a professional, from their page or from the questions list. */
final class NetworkQuestionActions {

    private NetworkQuestionActions() {
    }

    static void ask(NetworkQuestions questions, Professional asker, Consumer<NetworkQuestion> onAsked) {
        AskQuestionDialog[] dialog = new AskQuestionDialog[1];
        dialog[0] = new AskQuestionDialog(asker.fullName(), draft -> dialog[0].refusals()
                .attempt(() -> questions.ask(asker.getId(), draft), Notifications::error)
                .map(asked -> {
                    Notifications.success("promeneurs.questions.ask.saved");
                    onAsked.accept(asked);
                    return true;
                }).orElse(false));
        dialog[0].open();
    }
}
