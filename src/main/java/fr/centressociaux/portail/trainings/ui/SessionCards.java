package fr.centressociaux.portail.trainings.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.SessionStatus;
import fr.centressociaux.portail.trainings.TrainingSession;

/**
 * A training's sessions, first day first, each as a card: its days with times and place (or the
 * centre it is held for), seats left, waiting list, deadline and status, and a link to its page.
 */
class SessionCards extends Div {

    SessionCards(List<SessionRow> rows, TrainingFormats formats, boolean enrols) {
        addClassNames("training-section", "session-cards");
        add(new H2(getTranslation("training-page.sessions")));
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training-page.sessions.none"));
            none.addClassName("secondary-text");
            add(none);
            return;
        }
        Div cards = new Div();
        cards.addClassName("session-card-list");
        rows.forEach(row -> cards.add(card(row, formats, enrols)));
        add(cards);
    }

    private Div card(SessionRow row, TrainingFormats formats, boolean enrols) {
        TrainingSession session = row.session();
        H3 dates = new H3(formats.dates(session));
        Div head = new Div(dates, Badges.session(row.status()));
        head.addClassName("session-card-head");
        UnorderedList days = new UnorderedList();
        days.addClassName("session-days");
        for (SessionDay day : session.getDays()) {
            days.add(new ListItem(formats.day(day)));
        }
        Div card = new Div(head, days);
        if (session.getHost() != null) {
            card.add(line(formats.host(session.getHost())));
        }
        if (row.status() != SessionStatus.CANCELLED) {
            card.add(line(formats.seats(row)), line(formats.deadline(session)));
        }
        boolean open = row.status() == SessionStatus.OPEN || row.status() == SessionStatus.FULL;
        Anchor link = TrainingLinks.session(session.getId(),
                getTranslation(enrols && open ? "training-page.session.enrol" : "training-page.session.open"));
        link.addComponentAsFirst(VaadinIcon.ARROW_RIGHT.create());
        link.addClassName("training-action");
        card.add(link);
        card.addClassName("session-card");
        if (row.status() == SessionStatus.CANCELLED) {
            card.addClassName("cancelled");
        }
        return card;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassNames("session-card-line", "secondary-text");
        return line;
    }
}
