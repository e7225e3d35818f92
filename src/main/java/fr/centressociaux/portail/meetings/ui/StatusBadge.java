package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.Meeting;

/** "Prévue" or, in red, "Annulée": a cancelled meeting must not be read as one that took place. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Meeting meeting) {
        Span badge = new Span(UI.getCurrent().getTranslation(meeting.getStatus().labelKey()));
        badge.addClassNames("meeting-status", meeting.isCancelled() ? "cancelled" : "scheduled");
        return badge;
    }
}
