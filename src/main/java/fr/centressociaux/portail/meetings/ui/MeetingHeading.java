package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.meetings.Meeting;

/**
 * The top of the pages around a meeting's day: a way back to the meeting's page, what the page is
 * for, then the meeting's title, date and time, and place.
 */
class MeetingHeading extends Header {

    MeetingHeading(Meeting meeting, String pageKey) {
        addClassNames("view-header", "meeting-heading");
        Anchor back = new Anchor(meetingPage(meeting), VaadinIcon.ARROW_LEFT.create(),
                new Span(getTranslation("meeting-day.back")));
        back.addClassName("back-link");
        Div page = new Div(getTranslation(pageKey));
        page.addClassName("meeting-heading-page");
        H1 title = new H1(meeting.getTitle());
        Paragraph when = new Paragraph(MeetingTexts.when(meeting));
        Paragraph where = new Paragraph(meeting.getPlace());
        when.addClassName("meeting-heading-when");
        where.addClassName("meeting-heading-where");
        add(back, page, title, when, where);
        if (meeting.isCancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("meeting-day.cancelled"));
            cancelled.addClassName("form-error");
            add(cancelled);
        }
    }

    /** The meeting's own page (built with the office screens). */
    static String meetingPage(Meeting meeting) {
        return "reunions/" + meeting.getId();
    }
}
