package fr.centressociaux.portail.promeneurs.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.centressociaux.portail.promeneurs.AnswerDraft;
import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.promeneurs.NetworkQuestions;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.PhoneDialogs;

/**
 * One question: who asked what, when, and the answer; the coordinator answers an open question
 * here. The answer is bound to its draft's constraints; the service's refusal shows next to it.
 */
class QuestionDialog extends Dialog {

    QuestionDialog(NetworkQuestions questions, NetworkQuestion question, Consumer<NetworkQuestion> onAnswered) {
        setHeaderTitle(question.getSubject());
        addClassName("question-dialog");
        add(new Paragraph(getTranslation("promeneurs.questions.asked-by", question.getProfessionalName(),
                FrenchDates.dateTime(question.getAskedAt()))));
        add(text(question.getText()));
        Button close = new Button(getTranslation("promeneurs.action.close"), click -> close());
        getFooter().add(close);
        if (question.isAnswered()) {
            add(new H3(getTranslation("promeneurs.questions.answer")),
                    new Paragraph(getTranslation("promeneurs.questions.answered-on",
                            FrenchDates.dateTime(question.getAnsweredAt()))),
                    text(question.getAnswer()));
        } else if (questions.canAnswer()) {
            DraftBinder<AnswerDraft> binder = new DraftBinder<>(AnswerDraft.class);
            TextArea answer = new TextArea(getTranslation("promeneurs.questions.answer"));
            answer.setMaxLength(4000);
            answer.setWidthFull();
            binder.bind(answer, "answer");
            binder.readRecord(AnswerDraft.empty());
            add(answer);
            Button send = new Button(getTranslation("promeneurs.questions.answer.save"), click -> binder.draft()
                    .flatMap(draft -> binder.refusals().attempt(
                            () -> questions.answer(question.getId(), question.getVersion(), draft), Notifications::error))
                    .ifPresent(saved -> {
                        Notifications.success("promeneurs.questions.answer.saved");
                        close();
                        onAnswered.accept(saved);
                    }));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(send);
        } else {
            add(new Paragraph(getTranslation("promeneurs.questions.waiting")));
        }
        setWidth("40rem");
        PhoneDialogs.fitTheScreen(this);
    }

    /** The text as typed, line breaks kept (the page shows it as text, never as markup). */
    private static Div text(String value) {
        Div text = new Div(value);
        text.addClassName("question-text");
        return text;
    }
}
