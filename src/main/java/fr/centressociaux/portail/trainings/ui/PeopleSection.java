package fr.centressociaux.portail.trainings.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.TrainingDocuments;
import fr.centressociaux.portail.trainings.TrainingEnrolments;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.ATTEMPT;
import static fr.centressociaux.portail.trainings.ui.TrainingUi.FILE_LINK;

/**
 * The people of the session the person may see (a director: their centre's), each with their
 * status, place on the waiting list, hours attended, a way to withdraw them while that is allowed,
 * and their attestation once they attended.
 */
class PeopleSection extends SessionSection {

    private final TrainingEnrolments enrolments;
    private final TrainingDocuments documents;
    private final Runnable reload;
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();

    PeopleSection(TrainingEnrolments enrolments, TrainingDocuments documents, Runnable reload) {
        super("people-section");
        this.enrolments = enrolments;
        this.documents = documents;
        this.reload = reload;
        summary.addClassName("result-count");
        summary.getElement().setAttribute("aria-live", "polite");
        list.addClassName("trainee-list");
        add(summary, list);
    }

    @Override
    void show(SessionState state) {
        title(getTranslation(state.ownCentreOnly() ? "session-page.people.own" : "session-page.people.all"));
        summary.setText(getTranslation("session-page.people.summary", state.count(EnrolmentStatus.ENROLLED),
                state.count(EnrolmentStatus.WAITING)));
        list.removeAll();
        if (state.people().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(state.ownCentreOnly() ? "session-page.people.none.own"
                    : "session-page.people.none"));
            none.addClassName("secondary-text");
            list.add(none);
        }
        state.people().forEach(line -> list.add(row(line, state)));
    }

    private Div row(EnrolmentLine line, SessionState state) {
        Enrolment person = line.enrolment();
        Span name = new Span(person.fullName());
        name.addClassName("trainee-name");
        List<String> facts = new ArrayList<>();
        if (!state.ownCentreOnly()) {
            facts.add(person.getCentreName());
        }
        facts.add(getTranslation(person.getKind().labelKey()));
        facts.add(getTranslation(person.getJob().labelKey()));
        Span details = new Span(String.join(" · ", facts));
        details.addClassName("secondary-text");
        Div who = new Div(name, details);
        who.addClassName("trainee-who");
        Div status = new Div(Badges.enrolment(line));
        status.addClassName("trainee-status");
        if (person.hasAttended()) {
            Span hours = new Span(getTranslation("session-page.people.hours", FrenchDates.hours(person.getAttendedTime()),
                    FrenchDates.hours(state.session().getTotalDuration())));
            hours.addClassName("trainee-hours");
            status.add(hours);
        }
        Div actions = new Div();
        actions.addClassName("trainee-actions");
        if (TrainingDocuments.hasCertificate(person)) {
            String id = person.getId();
            actions.add(FILE_LINK.of(() -> documents.certificate(id),
                    getTranslation("session-page.people.certificate")));
        }
        if (mayWithdraw(person, state)) {
            Button withdraw = new Button(getTranslation("session-page.people.withdraw"), VaadinIcon.CLOSE_SMALL.create(),
                    click -> DangerConfirm.open("session-page.withdraw.title",
                            getTranslation("session-page.withdraw.text", person.fullName()), "session-page.withdraw.confirm",
                            () -> ATTEMPT.run(() -> enrolments.withdraw(person.getId()), reload,
                                    "session-page.withdrawn", person.fullName())));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.setAriaLabel(getTranslation("session-page.people.withdraw.label", person.fullName()));
            actions.add(withdraw);
        }
        Div row = new Div(who, status, actions);
        row.addClassName("trainee-row");
        if (person.getStatus() == EnrolmentStatus.WITHDRAWN) {
            row.addClassName("withdrawn");
        }
        return row;
    }

    /** As the service allows: not once present, not a cancelled session, before the first day unless staff. */
    private static boolean mayWithdraw(Enrolment person, SessionState state) {
        return state.general().enrol() && person.getStatus() != EnrolmentStatus.WITHDRAWN && !person.hasAttended()
                && !state.session().isCancelled()
                && (state.permissions().manage() || state.today().isBefore(state.session().getFirstDay()));
    }
}
