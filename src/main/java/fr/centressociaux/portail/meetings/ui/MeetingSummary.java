package fr.centressociaux.portail.meetings.ui;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.shared.Markdown;

/**
 * The top of the meeting page: title, kind and status, a banner when it was cancelled, what the
 * person may do, then when, where, for whom, who organises, the subjects, the partner organisations
 * present (when the portal keeps a register of them) and the agenda.
 */
class MeetingSummary extends Header {

    private final H1 title = new H1();
    private final Div line = new Div();
    private final Div banner = new Div();
    private final DescriptionList details = new DescriptionList();
    private final Div agenda = new Div();
    private final Div agendaBox;

    /** The actions come right under the title and status, before the details. */
    MeetingSummary(MeetingActions actions) {
        addClassNames("view-header", "meeting-summary");
        RouterLink back = new RouterLink(MeetingListView.class);
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("meeting-page.back")));
        back.addClassName("back-link");
        line.addClassName("meeting-line");
        banner.addClassName("cancelled-banner");
        banner.getElement().setAttribute("role", "status");
        details.addClassName("meeting-details");
        agenda.addClassName("markdown");
        agendaBox = new Div(new H2(getTranslation("meeting-page.agenda")), agenda);
        agendaBox.addClassName("meeting-agenda");
        add(back, title, line, banner, actions, details, agendaBox);
    }

    void show(MeetingState state) {
        Meeting meeting = state.meeting();
        title.setText(meeting.getTitle());
        line.removeAll();
        line.add(new Span(state.kindName()), StatusBadge.of(meeting, state.today()));
        banner.setVisible(meeting.isCancelled());
        banner.setText(meeting.isCancelled()
                ? getTranslation("meeting-page.cancelled", String.valueOf(meeting.getCancelReason())) : "");
        details.removeAll();
        detail("meeting-page.date", MeetingTexts.when(meeting));
        detail("meeting-page.place", meeting.getPlace());
        detail("meeting-page.scope", state.scopeName());
        detail("meeting-page.organiser", meeting.getOrganiserName());
        detail("meeting-page.subjects", state.subjectNames().isEmpty() ? getTranslation("meeting-page.subjects.none")
                : String.join(", ", state.subjectNames()));
        List<String> partners = state.partnerNames();
        if (partners != null && !state.networkEvent()) {
            detail("meeting-page.partners", partners.isEmpty() ? getTranslation("meeting-page.partners.none")
                    : String.join(", ", partners));
        }
        if (!state.networkEvent()) {
            detail("meeting-page.invited", getTranslation("meeting-page.invited.count", meeting.getInvitedCount()));
        }
        agenda.getElement().setProperty("innerHTML", Markdown.toSafeHtml(meeting.getAgenda()));
        agendaBox.setVisible(!meeting.getAgenda().isBlank());
    }

    private void detail(String termKey, String value) {
        details.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }
}
