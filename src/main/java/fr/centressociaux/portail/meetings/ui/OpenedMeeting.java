package fr.centressociaux.portail.meetings.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meeting a page's address names. An unknown meeting shows the not-found page; one the person
 * may not see, or may not manage when the page is for its managers, the access-denied page.
 */
final class OpenedMeeting {

    private OpenedMeeting() {
    }

    static Optional<Meeting> forViewing(BeforeEnterEvent event, MeetingService meetings) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            return Optional.of(meetings.get(id));
        } catch (UserFacingException notFound) {
            event.rerouteToError(NotFoundException.class);
        } catch (AccessDeniedException denied) {
            event.rerouteToError(denied, "");
        }
        return Optional.empty();
    }

    static Optional<Meeting> forManaging(BeforeEnterEvent event, MeetingService meetings) {
        Optional<Meeting> meeting = forViewing(event, meetings);
        if (meeting.isPresent() && !meetings.permissions(meeting.get().getId()).manage()) {
            event.rerouteToError(new AccessDeniedException("Not a manager of this meeting"), "");
            return Optional.empty();
        }
        return meeting;
    }
}
