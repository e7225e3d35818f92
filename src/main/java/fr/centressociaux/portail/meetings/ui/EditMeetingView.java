package fr.centressociaux.portail.meetings.ui;

import java.time.Clock;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingPartners;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ConcurrentEditDialog;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Changing a meeting, saved with the version the person opened: if someone saved in between, the
 * save is refused and the person may reload theirs. A new date or scope re-invites the centres.
 */
@Route("reunions/:id/modifier")
@RolesAllowed({"ADMIN", "DELEGATE", "PDN_COORDINATOR"})
class EditMeetingView extends MeetingFormPage implements BeforeEnterObserver {

    private final MeetingService meetings;
    private @Nullable Meeting meeting;

    EditMeetingView(MeetingService meetings, MeetingTerms terms, TerritoryService territories,
            CurrentUser currentUser, Clock clock, MeetingPartners partners) {
        super(meetings, terms, territories, currentUser, clock, partners);
        this.meetings = meetings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            Meeting found = meetings.get(id);
            if (!meetings.permissions(id).manage()) {
                throw new AccessDeniedException("Not a manager of this meeting");
            }
            if (found.isCancelled()) {
                removeAll();
                add(PageMessage.of("meeting-form.cancelled.title", "meeting-page.cancelled.read-only"));
                return;
            }
            open(found);
        } catch (AccessDeniedException | UserFacingException hidden) {
            // One may not manage it, or it does not exist: the same page either way (issue 17 §14).
            removeAll();
            add(PageMessage.of("meeting-page.not-found.title", "meeting-page.not-found.text"));
        }
    }

    private void open(Meeting found) {
        meeting = found;
        showForm("meeting-form.edit.title", "meeting-form.edit.intro", found);
    }

    @Override
    protected Meeting store(MeetingForm form) {
        Meeting shown = current();
        return meetings.update(shown.getId(), shown.getVersion(), form.draft());
    }

    @Override
    protected void onConcurrentEdit() {
        ConcurrentEditDialog.open(MeetingUi.KEYS, () -> open(meetings.get(current().getId())));
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("id", current().getId())));
    }

    private Meeting current() {
        if (meeting == null) {
            throw new IllegalStateException("No meeting shown");
        }
        return meeting;
    }
}
