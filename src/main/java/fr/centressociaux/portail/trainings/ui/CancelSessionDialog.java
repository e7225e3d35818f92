package fr.centressociaux.portail.trainings.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/** Cancelling a session asks why: the reason goes to the directors of everyone enrolled or waiting. */
class CancelSessionDialog extends SaveDialog {

    private final TextArea reason = new TextArea();
    private final Predicate<String> cancel;
    private final FieldRefusals problems = new FieldRefusals();

    CancelSessionDialog(Predicate<String> cancel) {
        super("session-page.cancel.confirm", "session-page.cancel.title");
        this.cancel = cancel;
        reason.setLabel(getTranslation("session-page.cancel.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        problems.on("reason", reason);
        add(new Paragraph(getTranslation("session-page.cancel.text")), reason);
    }

    @Override
    protected boolean save() {
        try {
            return cancel.test(reason.getValue());
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems());
            return false;
        }
    }
}
