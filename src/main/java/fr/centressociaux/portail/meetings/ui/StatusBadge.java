package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.Meeting;

/**
 * "À venir", "Aujourd’hui", "Passée" or, in red, "Annulée": a cancelled meeting must not be read as one that
 * took place.
 */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Meeting meeting, LocalDate today) {
        String key;
        String style;
        if (meeting.isCancelled()) {
            key = meeting.getStatus().labelKey();
            style = "cancelled";
        } else if (meeting.getDate().isBefore(today)) {
            key = "meeting-status.past";
            style = "past";
        } else if (meeting.getDate().equals(today)) {
            key = "meeting-status.today";
            style = "scheduled";
        } else {
            key = "meeting-status.upcoming";
            style = "scheduled";
        }
        Span badge = new Span(UI.getCurrent().getTranslation(key));
        badge.addClassNames("meeting-status", style);
        return badge;
    }
}
