package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.SessionStatus;

/** Small coloured labels: a session's status, a person's enrolment, FOSFORA eligibility, an unpublished entry. */
final class Badges {

    private Badges() {
    }

    static Span session(SessionStatus status) {
        String style = switch (status) {
            case OPEN -> "open";
            case FULL -> "full";
            case CLOSED -> "closed";
            case CANCELLED -> "cancelled";
        };
        return badge(status.labelKey(), style);
    }

    /** "Inscrit·e", "Liste d’attente (2e)", "Désinscrit·e". */
    static Span enrolment(EnrolmentLine line) {
        EnrolmentStatus status = line.enrolment().getStatus();
        return switch (status) {
            case ENROLLED -> badge(status.labelKey(), "open");
            case WAITING -> line.waitingPosition() == null ? badge(status.labelKey(), "full")
                    : badge("training-ui.waiting-position", "full", line.waitingPosition());
            case WITHDRAWN -> badge(status.labelKey(), "closed");
        };
    }

    static Span fosfora() {
        return badge("training-ui.fosfora-badge", "fosfora");
    }

    static Span unpublished() {
        return badge("training-ui.unpublished", "closed");
    }

    private static Span badge(String key, String style, Object... arguments) {
        Span badge = new Span(UI.getCurrent().getTranslation(key, arguments));
        badge.addClassNames("training-badge", style);
        return badge;
    }
}
