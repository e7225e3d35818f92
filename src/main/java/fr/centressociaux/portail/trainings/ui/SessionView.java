package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.trainings.TrainingAttendance;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDocuments;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A session's page: its training and days; for directors, enrolling the people of their centre and
 * following them (waiting list, withdrawal, attestation); for staff, everyone enrolled, enrolment
 * for any centre, attendance per day with the émargement, and the session's management. The
 * services decide what each person sees and may do; the page offers only that.
 */
@Route(TrainingLinks.CATALOGUE + "/sessions/:id")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR"})
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingSessions sessions;
    private final TrainingCatalogue catalogue;
    private final TrainingEnrolments enrolments;
    private final Clock clock;
    private final SessionHeader header;
    private final SessionActions actions;
    private final EnrolSection enrol;
    private final PeopleSection people;
    private final AttendanceSection attendance;
    private final List<SessionSection> sections;
    private final Div body = new Div();
    private String sessionId = "";
    private String pageTitle = "";

    SessionView(TrainingSessions sessions, TrainingCatalogue catalogue, TrainingEnrolments enrolments,
            TrainingAttendance attendance, TrainingDocuments documents, TrainingFormats formats,
            CentreService centres, Clock clock) {
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.clock = clock;
        addClassName("training-page");
        actions = new SessionActions(sessions, this::reload);
        header = new SessionHeader(formats, actions);
        CentrePicker centre = new CentrePicker(getTranslation("session-page.enrol.centre"), centres, clock);
        enrol = new EnrolSection(enrolments, centre, this::reload);
        people = new PeopleSection(enrolments, documents, this::reload);
        this.attendance = new AttendanceSection(attendance, documents, formats, this::reload);
        sections = List.of(enrol, people, this.attendance);
        body.addClassName("session-sections");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").orElse("");
        removeAll();
        add(header, body);
        reload();
    }

    /** Reads the session again after a change; a session deleted meanwhile leaves a message. */
    private void reload() {
        try {
            SessionState state = new SessionState(sessions.get(sessionId), sessions.permissions(sessionId),
                    catalogue.permissions(), enrolments.people(sessionId),
                    LocalDate.now(clock));
            pageTitle = getTranslation("session-page.page-title", state.training().getTitle());
            header.show(state);
            actions.show(state);
            sections.forEach(section -> section.show(state));
            arrange(state);
        } catch (AccessDeniedException | UserFacingException hidden) {
            // One may not see it, or it does not exist: the same page either way (issue 17 §14).
            message(PageMessage.notFound(), "training-ui.not-found.title");
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
    }

    /** On the session's days staff come to tick who is there: attendance first. */
    private void arrange(SessionState state) {
        List<SessionSection> order = state.permissions().markAttendance() ? List.of(attendance, people, enrol)
                : List.of(enrol, people, attendance);
        if (!body.getChildren().toList().equals(order)) {
            body.removeAll();
            order.forEach(body::add);
        }
    }

    private void message(Div message, String titleKey) {
        removeAll();
        pageTitle = getTranslation(titleKey);
        add(message);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
