package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.meetings.Meeting;

/**
 * Links to a meeting's pages. The pages of the meeting day (registration, attendance, QR code)
 * belong to another part of the module and are linked by their address.
 */
final class MeetingLinks {

    private MeetingLinks() {
    }

    /** The meeting's title, leading to its page. */
    static RouterLink page(Meeting meeting) {
        RouterLink link = new RouterLink(meeting.getTitle(), MeetingView.class,
                new RouteParameters("id", meeting.getId()));
        link.addClassName("meeting-link");
        return link;
    }

    /** Directors register their people there. */
    static Anchor registration(String meetingId) {
        return inApp("reunions/" + meetingId + "/inscriptions");
    }

    /** The organiser takes attendance there, on a phone. */
    static Anchor attendance(String meetingId) {
        return inApp("reunions/" + meetingId + "/presences");
    }

    /** The check-in QR code, to show on a screen or print. */
    static Anchor qrCode(String meetingId) {
        return inApp("reunions/" + meetingId + "/qr");
    }

    /** A link the router follows without reloading the page (the address is relative to the app's root). */
    private static Anchor inApp(String path) {
        Anchor anchor = new Anchor();
        anchor.setHref(path);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
