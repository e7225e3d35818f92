package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingPhase;

/** "À venir", "Aujourd’hui", "Passée" or, in red, "Annulée". */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Meeting meeting, LocalDate today) {
        MeetingPhase phase = MeetingPhase.of(meeting, today);
        Span badge = new Span(UI.getCurrent().getTranslation(phase.labelKey()));
        badge.addClassNames("meeting-status", phase.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
