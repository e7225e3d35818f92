package fr.centressociaux.portail.meetings.ui;

import java.time.Clock;

import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingPartners;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

/** Scheduling a meeting, which invites the centres in its scope (and mails their directors if asked). */
@Route("reunions/nouvelle")
@RolesAllowed({"ADMIN", "DELEGATE", "PDN_COORDINATOR"})
class NewMeetingView extends MeetingFormPage {

    private final MeetingService meetings;

    NewMeetingView(MeetingService meetings, MeetingTerms terms, TerritoryService territories,
            CurrentUser currentUser, Clock clock, MeetingPartners partners) {
        super(meetings, terms, territories, currentUser, clock, partners);
        this.meetings = meetings;
        showForm("meeting-form.new.title", "meeting-form.new.intro", null);
    }

    @Override
    protected Meeting store(MeetingForm form) {
        return meetings.create(form.draft(), form.mailInvitations());
    }

    @Override
    protected void leave() {
        getUI().ifPresent(ui -> ui.navigate(MeetingListView.class));
    }
}
