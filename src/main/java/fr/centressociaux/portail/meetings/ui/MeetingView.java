package fr.centressociaux.portail.meetings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.meetings.CountedAttendance;
import fr.centressociaux.portail.meetings.CountedImport;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingDocuments;
import fr.centressociaux.portail.meetings.MeetingPartners;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.ScopeNames;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.UserFacingException;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A meeting's page: what, when, where and for whom, its counts, the centres' answers and the
 * people the person may see, then, for its managers, the émargement, the check-in link, the minutes
 * and attachments. Open to every signed-in person: the services decide who sees the meeting and
 * what they may do, and the page offers only that. A cancelled meeting is shown read-only.
 */
@Route("reunions/:id")
@PermitAll
class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingPeople people;
    private final MeetingDocuments documents;
    private final MeetingCheckIn checkIn;
    private final CountedAttendance counted;
    private final CountedImport countedImport;
    private final MeetingTerms terms;
    private final ScopeNames scopeNames;
    private final MeetingPartners partners;
    private final Clock clock;
    private @Nullable MeetingSummary summary;
    private @Nullable MeetingActions actions;
    private List<MeetingSection> sections = List.of();
    private @Nullable String meetingId;
    private String pageTitle = "";

    MeetingView(MeetingService meetings, MeetingPeople people, MeetingDocuments documents, MeetingCheckIn checkIn,
            CountedAttendance counted, CountedImport countedImport, MeetingTerms terms, ScopeNames scopeNames,
            MeetingPartners partners, Clock clock) {
        this.meetings = meetings;
        this.partners = partners;
        this.people = people;
        this.documents = documents;
        this.checkIn = checkIn;
        this.counted = counted;
        this.countedImport = countedImport;
        this.terms = terms;
        this.scopeNames = scopeNames;
        this.clock = clock;
        addClassName("meeting-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            MeetingState state = load(id);
            build(state);
            show(state);
        } catch (AccessDeniedException | UserFacingException hidden) {
            // A meeting one may not see reads exactly as one that does not exist (issue 17 §14).
            message("meeting-page.not-found.title", "meeting-page.not-found.text");
        }
    }

    private MeetingState load(String id) {
        Meeting meeting = meetings.get(id);
        Map<String, MeetingTerm> subjects = terms.byId(TermType.SUBJECT);
        List<String> subjectNames = meeting.getSubjectIds().stream().map(subjects::get).filter(Objects::nonNull)
                .map(MeetingTerm::getName).toList();
        return new MeetingState(meeting, meetings.permissions(id), meetings.counts(id), people.answers(id),
                people.people(id), meetings.kindName(meeting.getKindId()), scopeNames.of(meeting.getScope()),
                subjectNames, partners.available() ? partners.namesOf(meeting) : null, LocalDate.now(clock));
    }

    private void build(MeetingState state) {
        removeAll();
        meetingId = state.id();
        actions = new MeetingActions(meetings, this::reload);
        summary = new MeetingSummary(actions);
        sections = List.of(new MeetingCountsBlock(), new CentreAnswersSection(), new PeopleSection(),
                new CountedSection(counted, countedImport, this::reload),
                new SheetsSection(documents, this::reload), new CheckInSection(checkIn, this::reload),
                new MinutesSection(meetings, state.meeting(), this::reload),
                new AttachmentsSection(documents, this::reload));
        Div body = new Div();
        body.addClassName("meeting-sections");
        sections.forEach(body::add);
        add(summary, body);
    }

    private void show(MeetingState state) {
        pageTitle = state.meeting().getTitle();
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
        Objects.requireNonNull(summary).show(state);
        Objects.requireNonNull(actions).show(state);
        sections.forEach(section -> section.show(state));
    }

    /** Reads the meeting again after a change; a meeting deleted meanwhile leaves a message. */
    private void reload() {
        if (meetingId == null) {
            return;
        }
        try {
            show(load(meetingId));
        } catch (AccessDeniedException | UserFacingException hidden) {
            message("meeting-page.not-found.title", "meeting-page.not-found.text");
        }
    }

    private void message(String titleKey, String textKey) {
        removeAll();
        pageTitle = getTranslation(titleKey);
        add(PageMessage.of(titleKey, textKey));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
