package fr.centressociaux.portail.meetings.ui;

import fr.centressociaux.portail.shared.ui.ActionKeys;
import fr.centressociaux.portail.shared.ui.Attempt;
import fr.centressociaux.portail.shared.ui.FileLink;

/** The shared screen helpers, set up with the meeting screens' own texts. */
final class MeetingUi {

    static final ActionKeys KEYS = new ActionKeys("meeting-page.denied.action", "meeting-page.concurrent.title",
            "edit.concurrent", "meeting-page.reload", "meeting-page.keep-editing");

    static final Attempt ATTEMPT = new Attempt(KEYS);

    static final FileLink FILE_LINK = new FileLink(KEYS.denied());

    private MeetingUi() {
    }
}
