package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.Markdown;
import fr.centressociaux.portail.shared.ui.MarkdownField;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;

/**
 * The minutes (compte rendu): written in Markdown by the meeting's managers, saved with the
 * version they opened, and shown rendered (sanitized) to everyone who sees the meeting.
 */
class MinutesSection extends MeetingSection {

    private final MeetingService meetings;
    private final Runnable reload;
    private final MarkdownField editor = new MarkdownField("meeting-page.minutes.text", "meeting-page.minutes.help",
            "markdown.preview");
    private final FieldRefusals refusals = new FieldRefusals().on("minutes", editor.textArea());
    private final Button save = new Button();
    private final Div rendered = new Div();
    private final Paragraph empty = new Paragraph();
    private Meeting shown;
    /** The text as last read from the service: the editor keeps what the person typed since. */
    private String stored = "";

    MinutesSection(MeetingService meetings, Meeting meeting, Runnable reload) {
        super("meeting-page.minutes");
        this.meetings = meetings;
        this.shown = meeting;
        this.reload = reload;
        save.setText(getTranslation("meeting-page.minutes.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        rendered.addClassName("markdown");
        empty.setText(getTranslation("meeting-page.minutes.none"));
        empty.addClassName("secondary-text");
        add(editor, save, rendered, empty);
    }

    @Override
    void show(MeetingState state) {
        shown = state.meeting();
        boolean editing = state.canChange();
        String minutes = shown.getMinutes();
        if (editor.getValue().equals(stored)) {
            editor.setValue(minutes);
        }
        stored = minutes;
        editor.setVisible(editing);
        save.setVisible(editing);
        rendered.getElement().setProperty("innerHTML", Markdown.toSafeHtml(minutes));
        rendered.setVisible(!editing && !minutes.isBlank());
        empty.setVisible(!editing && minutes.isBlank());
    }

    /** After a save, or when the person chose to reload someone else's version: the editor shows what is stored. */
    private void discardAndReload() {
        stored = editor.getValue();
        reload.run();
    }

    private void save() {
        try {
            ATTEMPT.run(() -> meetings.saveMinutes(shown.getId(), shown.getVersion(), editor.getValue()),
                    this::discardAndReload, "meeting-page.minutes.saved");
        } catch (InvalidInputException invalid) {
            refusals.show(invalid.problems());
        }
    }
}
