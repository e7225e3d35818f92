package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/**
 * Cancelling asks why: the meeting stays listed as cancelled with its reason, leaves every count,
 * and its check-in link stops working.
 */
class CancelMeetingDialog extends SaveDialog {

    private final MeetingService meetings;
    private final Meeting meeting;
    private final Runnable reload;
    private final TextArea reason = new TextArea();

    CancelMeetingDialog(MeetingService meetings, Meeting meeting, Runnable reload) {
        super("meeting-page.cancel.confirm", "meeting-page.cancel.title", meeting.getTitle());
        this.meetings = meetings;
        this.meeting = meeting;
        this.reload = reload;
        reason.setLabel(getTranslation("meeting-page.cancel.reason"));
        reason.setHelperText(getTranslation("meeting-page.cancel.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("meeting-page.cancel.text")), reason);
    }

    @Override
    protected boolean save() {
        try {
            return Attempt.run(() -> meetings.cancel(meeting.getId(), reason.getValue()), reload,
                    "meeting-page.cancelled.done", meeting.getTitle());
        } catch (InvalidInputException invalid) {
            FieldProblem problem = invalid.problems().getFirst();
            reason.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
            reason.setInvalid(true);
            reason.focus();
            return false;
        }
    }
}
