package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.meetings.Meeting;

/** Links to a meeting's pages: the meeting itself and the pages used around its day. */
final class MeetingLinks {

    private MeetingLinks() {
    }

    /** The meeting's title, leading to its page. */
    static RouterLink page(Meeting meeting) {
        RouterLink link = new RouterLink(meeting.getTitle(), MeetingView.class, parameters(meeting.getId()));
        link.addClassName("meeting-link");
        return link;
    }

    /** Directors register their people there. */
    static RouterLink registration(String meetingId) {
        return new RouterLink(RegistrationView.class, parameters(meetingId));
    }

    /** The organiser takes attendance there, on a phone. */
    static RouterLink attendance(String meetingId) {
        return new RouterLink(AttendanceView.class, parameters(meetingId));
    }

    /** The check-in QR code, to show on a screen or print. */
    static RouterLink qrCode(String meetingId) {
        return new RouterLink(QrCodeView.class, parameters(meetingId));
    }

    private static RouteParameters parameters(String meetingId) {
        return new RouteParameters("id", meetingId);
    }
}
