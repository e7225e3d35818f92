package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionStatus;
import fr.centressociaux.portail.trainings.TrainingSession;
import java.util.Objects;

/** The session: its training, days with times and place, host centre, seats, deadline, status, and why it was cancelled. */
class SessionHeader extends Header {

    private final TrainingFormats formats;
    private final Anchor back = new Anchor();
    private final H1 title = new H1();
    private final Div line = new Div();
    private final UnorderedList days = new UnorderedList();
    private final Div facts = new Div();
    private final Paragraph banner = new Paragraph();

    SessionHeader(TrainingFormats formats, Div actions) {
        this.formats = formats;
        addClassNames("view-header", "session-header");
        back.addClassName("back-link");
        line.addClassName("training-line");
        days.addClassName("session-days");
        facts.addClassName("session-facts");
        banner.addClassName("training-banner");
        add(back, title, line, days, facts, banner, actions);
    }

    void show(SessionState state) {
        TrainingSession session = state.session();
        back.removeAll();
        back.setHref(TrainingLinks.trainingPath(state.training().getId()));
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("session-page.back")));
        title.setText(state.training().getTitle());
        line.removeAll();
        line.add(new Span(formats.dates(session)), Badges.session(state.row().status()));
        days.removeAll();
        for (SessionDay day : session.getDays()) {
            days.add(new ListItem(formats.day(day)));
        }
        facts.removeAll();
        if (session.getHost() != null) {
            facts.add(new Span(formats.host(session.getHost())));
        }
        boolean cancelled = state.row().status() == SessionStatus.CANCELLED;
        if (!cancelled) {
            facts.add(new Span(formats.seats(state.row())), new Span(formats.deadline(session)));
        }
        banner.setVisible(cancelled || state.row().status() == SessionStatus.CLOSED);
        banner.removeClassName("cancelled");
        if (cancelled) {
            banner.setText(getTranslation("session-page.cancelled",
                    Objects.requireNonNullElse(session.getCancelReason(), "—")));
            banner.addClassName("cancelled");
        } else if (state.row().status() == SessionStatus.CLOSED) {
            banner.setText(getTranslation(state.today().isBefore(session.getFirstDay()) ? "session-page.closed"
                    : state.today().isAfter(session.getLastDay()) ? "session-page.over" : "session-page.started"));
        }
    }
}
