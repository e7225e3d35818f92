package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingAccess;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.WalkInDraft;
import fr.centressociaux.portail.meetings.ui.AttendanceList.Order;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Taking attendance on the day, from a phone: everyone listed, by centre or by name, a search to
 * find a name fast, two big buttons per person, a running count, and the people who came without
 * registering. People checking themselves in by QR code show up as the page refreshes itself.
 */
@Route("reunions/:id/presences")
@RolesAllowed({"ADMIN", "DELEGATE"})
class AttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the page looks for people who checked themselves in meanwhile. */
    private static final int REFRESH_MS = 15_000;

    private final MeetingService meetings;
    private final MeetingPeople people;
    private final MeetingAccess access;
    private final AttendanceList list = new AttendanceList(this::mark);
    private final Paragraph counter = new Paragraph();
    private final Button newcomers = new Button();
    private final RadioButtonGroup<Order> order = new RadioButtonGroup<>();
    private List<Participant> loaded = List.of();
    private @Nullable Meeting meeting;
    private @Nullable Registration polling;

    AttendanceView(MeetingService meetings, MeetingPeople people, MeetingAccess access) {
        this.meetings = meetings;
        this.people = people;
        this.access = access;
        addClassNames("meeting-day-page", "attendance-page");
        counter.addClassName("attendance-counter");
        counter.getElement().setAttribute("role", "status");
        counter.getElement().setAttribute("aria-live", "polite");
        newcomers.addClassName("attendance-newcomers");
        newcomers.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        newcomers.addClickListener(click -> reload());
        order.setLabel(getTranslation("meeting-day.attendance.order"));
        order.setItems(Order.values());
        order.setItemLabelGenerator(value -> getTranslation(value == Order.BY_CENTRE
                ? "meeting-day.attendance.order.centre" : "meeting-day.attendance.order.name"));
        order.setValue(Order.BY_CENTRE);
        order.addValueChangeListener(change -> list.show(loaded, change.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        meeting = OpenedMeeting.forManaging(event, meetings).orElse(null);
        if (meeting == null) {
            return;
        }
        add(new MeetingHeading(meeting, "meeting-day.attendance.title"));
        if (meeting.isCancelled()) {
            add(message("meeting.cancelled.read-only"));
        } else if (access.now().toLocalDate().isBefore(meeting.getDate())) {
            add(message("meeting.attendance.not-yet"), links(meeting));
        } else {
            if (!access.now().isBefore(meeting.endsAt())) {
                add(message("meeting-day.attendance.after-the-fact"));
            }
            add(toolbar(meeting), newcomers, list, links(meeting));
            reload();
        }
    }

    private Div toolbar(Meeting shown) {
        TextField search = new TextField();
        search.setAriaLabel(getTranslation("meeting-day.attendance.search"));
        search.setPlaceholder(getTranslation("meeting-day.attendance.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> list.search(change.getValue()));
        search.addClassName("attendance-search");
        Button walkIn = new Button(getTranslation("meeting-day.attendance.walk-in"), VaadinIcon.PLUS.create(),
                click -> new WalkInDialog(shown.getInvitedCentres(), this::addWalkIn).open());
        walkIn.addClassName("big-button");
        Div sticky = new Div(counter, search);
        sticky.addClassName("attendance-sticky");
        Div options = new Div(order, walkIn);
        options.addClassName("attendance-options");
        Div toolbar = new Div(sticky, options);
        toolbar.addClassName("attendance-toolbar");
        return toolbar;
    }

    private Div links(Meeting shown) {
        Anchor qr = new Anchor("reunions/" + shown.getId() + "/qr", getTranslation("meeting-day.attendance.qr"));
        Anchor registrations = new Anchor("reunions/" + shown.getId() + "/inscriptions",
                getTranslation("meeting-day.attendance.registrations"));
        Div links = new Div(qr, registrations);
        links.addClassName("day-links");
        return links;
    }

    private void mark(Participant person, Presence presence) {
        try {
            Participant recorded = people.markPresence(meetingId(), person.getId(), presence);
            list.update(recorded);
            loaded = loaded.stream().map(listed -> listed.getId().equals(recorded.getId()) ? recorded : listed)
                    .toList();
            count();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
            reload();
        }
    }

    private void addWalkIn(WalkInDraft draft) {
        Participant added = people.addWalkIn(meetingId(), draft);
        Notifications.success("meeting-day.attendance.walk-in.added", added.fullName());
        reload();
    }

    /** Everyone again, laid out afresh. */
    private void reload() {
        loaded = people.people(meetingId());
        list.show(loaded, order.getValue());
        count();
    }

    /** What changed meanwhile, without moving rows under the organiser's finger: new people wait for a tap. */
    private void refreshInPlace() {
        loaded = people.people(meetingId());
        loaded.forEach(list::update);
        count();
    }

    private void count() {
        long present = loaded.stream().filter(person -> person.getPresence() == Presence.PRESENT).count();
        counter.setText(getTranslation("meeting-day.attendance.counter", present, loaded.size()));
        long unseen = loaded.stream().filter(person -> !list.shows(person.getId())).count();
        newcomers.setText(getTranslation("meeting-day.attendance.newcomers", unseen));
        newcomers.setVisible(unseen > 0);
    }

    private Paragraph message(String key) {
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName("page-message");
        message.getElement().setAttribute("role", "status");
        return message;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_MS);
        polling = attach.getUI().addPollListener(poll -> {
            if (meeting != null && list.isAttached() && !meeting.isCancelled()) {
                refreshInPlace();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private String meetingId() {
        return Objects.requireNonNull(meeting).getId();
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("meeting-day.attendance.title")
                : getTranslation("meeting-day.page-title", getTranslation("meeting-day.attendance.title"),
                        meeting.getTitle());
    }
}
