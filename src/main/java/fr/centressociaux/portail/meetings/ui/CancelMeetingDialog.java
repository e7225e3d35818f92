package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import fr.centressociaux.portail.shared.ui.PhoneDialogs;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;

/**
 * Cancelling asks why: the meeting stays listed as cancelled with its reason, leaves every count,
 * and its check-in link stops working. The way out reads "Garder la réunion", not a second
 * "Annuler" next to "Annuler la réunion".
 */
class CancelMeetingDialog extends Dialog {

    private final MeetingService meetings;
    private final Meeting meeting;
    private final Runnable reload;
    private final TextArea reason = new TextArea();
    private final FieldRefusals refusals = new FieldRefusals().on("reason", reason);

    CancelMeetingDialog(MeetingService meetings, Meeting meeting, Runnable reload) {
        this.meetings = meetings;
        this.meeting = meeting;
        this.reload = reload;
        setHeaderTitle(getTranslation("meeting-page.cancel.title", meeting.getTitle()));
        PhoneDialogs.fitTheScreen(this);
        reason.setLabel(getTranslation("meeting-page.cancel.reason"));
        reason.setHelperText(getTranslation("meeting-page.cancel.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("meeting-page.cancel.text")), reason);
        Button keep = new Button(getTranslation("meeting-page.cancel.keep"), click -> close());
        Button cancel = new Button(getTranslation("meeting-page.cancel.confirm"), click -> cancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(keep, cancel);
        addOpenedChangeListener(opened -> reason.focus());
    }

    private void cancel() {
        try {
            if (ATTEMPT.run(() -> meetings.cancel(meeting.getId(), reason.getValue()), reload,
                    "meeting-page.cancelled.done", meeting.getTitle())) {
                close();
            }
        } catch (InvalidInputException invalid) {
            refusals.show(invalid.problems());
        }
    }
}
