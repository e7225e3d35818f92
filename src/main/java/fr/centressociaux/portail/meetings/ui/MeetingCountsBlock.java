package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.MeetingCounts;

/**
 * The meeting's figures as the bilan quotes them: participants and how many came from each
 * department, by kind, how many of them are named, and centres represented out of centres invited.
 * Only people marked present (and those counted without a name) count; a cancelled meeting counts
 * nothing.
 */
class MeetingCountsBlock extends MeetingSection {

    private final Span participants = new Span();
    private final Span named = new Span();
    private final Span kinds = new Span();
    private final Span centres = new Span();
    private final Paragraph note = new Paragraph();

    MeetingCountsBlock() {
        super("meeting-page.counts");
        addClassName("meeting-counts");
        participants.addClassName("count-main");
        note.addClassName("secondary-text");
        named.addClassName("count-named");
        add(participants, named, kinds, centres, note);
    }

    @Override
    void show(MeetingState state) {
        MeetingCounts counts = state.counts();
        boolean cancelled = state.meeting().isCancelled();
        participants.setVisible(!cancelled);
        kinds.setVisible(!cancelled && counts.participants() > 0);
        centres.setVisible(!cancelled && !state.networkEvent());
        participants.setText(MeetingTexts.participants(counts));
        // "32 participants, dont 12 nommés": only when some were counted without a name.
        named.setVisible(!cancelled && counts.named() < counts.participants());
        named.setText(getTranslation("meeting-counts.named", counts.participants(), counts.named()));
        kinds.setText(MeetingTexts.byKind(counts));
        centres.setText(MeetingTexts.centres(counts));
        note.setText(getTranslation(cancelled ? "meeting-page.counts.cancelled"
                : state.networkEvent() ? "meeting-page.counts.note.network" : "meeting-page.counts.note"));
    }
}
