package fr.centressociaux.portail.meetings.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.HomePanel;

/** On a director's home page: the next meetings their centre is invited to, each with a link to register people. */
@org.springframework.stereotype.Component
class UpcomingMeetingsPanel implements HomePanel {

    static final int SHOWN = 5;

    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;

    UpcomingMeetingsPanel(MeetingService meetings, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        boolean director = currentUser.get().map(user -> user.role() == Role.DIRECTOR).orElse(false);
        return director ? Optional.of(new Upcoming(meetings.upcomingForMyCentre(SHOWN),
                LocalDateTime.now(clock))) : Optional.empty();
    }

    @Override
    public int order() {
        return 10;
    }

    /** The block itself, made for each home page shown. */
    static class Upcoming extends Div {

        Upcoming(List<Meeting> upcoming, LocalDateTime now) {
            addClassNames("home-section", "upcoming-meetings");
            add(new H2(getTranslation("meeting-home.title")));
            if (upcoming.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("meeting-home.none"));
                none.addClassName("secondary-text");
                add(none);
                return;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("upcoming-list");
            upcoming.forEach(meeting -> list.add(item(meeting, now)));
            add(list);
        }

        /** Registering closes when the meeting starts: from then on, only the link to the meeting. */
        private ListItem item(Meeting meeting, LocalDateTime now) {
            Span when = new Span(getTranslation("meeting-home.when", FrenchDates.shortDate(meeting.getDate()),
                    FrenchDates.time(meeting.getStartTime()), meeting.getPlace()));
            when.addClassName("secondary-text");
            Div line = new Div(MeetingLinks.page(meeting), when);
            if (now.isBefore(meeting.startsAt())) {
                RouterLink register = MeetingLinks.registration(meeting.getId());
                register.add(VaadinIcon.USERS.create(), new Span(getTranslation("meeting-home.register")));
                register.addClassName("action-link");
                line.add(register);
            }
            line.addClassName("upcoming-meeting");
            return new ListItem(line);
        }
    }
}
