package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/** A new name for a kind or a subject; past meetings show the new name too. */
class RenameTermDialog extends SaveDialog {

    private final MeetingTerms terms;
    private final MeetingTerm term;
    private final Runnable refresh;
    private final TextField name = new TextField();

    RenameTermDialog(MeetingTerms terms, MeetingTerm term, Runnable refresh) {
        super("meeting-terms.rename.save", "meeting-terms.rename.title", term.getName());
        this.terms = terms;
        this.term = term;
        this.refresh = refresh;
        name.setLabel(getTranslation("meeting-terms.name"));
        name.setValue(term.getName());
        name.setMaxLength(80);
        name.setWidthFull();
        add(name);
    }

    @Override
    protected boolean save() {
        try {
            MeetingTerm renamed = terms.rename(term.getId(), name.getValue());
            refresh.run();
            Notifications.success("meeting-terms.renamed", renamed.getName());
            return true;
        } catch (UserFacingException refusal) {
            name.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            name.setInvalid(true);
            return false;
        }
    }
}
