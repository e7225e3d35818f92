package fr.centressociaux.portail.promeneurs.ui;

import java.util.function.Function;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.promeneurs.QuestionDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/**
 * A question to the network: a subject and the question. The draft's constraints show next to the
 * fields as they are left, the service's refusals next to the same fields.
 */
class AskQuestionDialog extends SaveDialog {

    private final DraftBinder<QuestionDraft> binder = new DraftBinder<>(QuestionDraft.class);
    private final Function<QuestionDraft, Boolean> onSave;

    AskQuestionDialog(String askerName, Function<QuestionDraft, Boolean> onSave) {
        super("promeneurs.questions.ask.save", "promeneurs.questions.ask.title", askerName);
        this.onSave = onSave;
        TextField subject = new TextField(getTranslation("promeneurs.questions.field.subject"));
        subject.setMaxLength(150);
        TextArea text = new TextArea(getTranslation("promeneurs.questions.field.text"));
        text.setMaxLength(4000);
        text.setHelperText(getTranslation("promeneurs.questions.field.text.help"));
        binder.bind(subject, "subject");
        binder.bind(text, "text");
        binder.readRecord(QuestionDraft.empty());
        FormLayout layout = new FormLayout(subject, text);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        setWidth("36rem");
    }

    FieldRefusals refusals() {
        return binder.refusals();
    }

    @Override
    protected boolean save() {
        return binder.draft().map(onSave).orElse(false);
    }
}
