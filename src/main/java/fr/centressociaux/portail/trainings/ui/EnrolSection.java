package fr.centressociaux.portail.trainings.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.HostCentre;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.TraineeDraft;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Enrolling a named person: a director, someone of their own centre; staff and delegates, someone
 * of the centre they choose (the host centre for a "sur mesure" session). The answer says plainly
 * whether the person got a seat or is on the waiting list, and in which position.
 */
class EnrolSection extends SessionSection {

    private final TrainingEnrolments enrolments;
    private final Runnable reload;
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final Select<ParticipantKind> kind = new Select<>();
    private final Select<Job> job = new Select<>();
    private final CentrePicker centre;
    private final Paragraph hostCentre = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final Binder<TraineeDraft> binder = new BeanValidationBinder<>(TraineeDraft.class);
    private final FieldRefusals problems = new FieldRefusals(binder);
    private @Nullable SessionState state;

    EnrolSection(TrainingEnrolments enrolments, CentrePicker centre, Runnable reload) {
        super("enrol-section");
        this.enrolments = enrolments;
        this.centre = centre;
        this.reload = reload;
        firstName.setLabel(getTranslation("session-page.enrol.first-name"));
        firstName.setMaxLength(TraineeDraft.MAX_NAME);
        lastName.setLabel(getTranslation("session-page.enrol.last-name"));
        lastName.setMaxLength(TraineeDraft.MAX_NAME);
        kind.setLabel(getTranslation("session-page.enrol.kind"));
        kind.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        job.setLabel(getTranslation("session-page.enrol.job"));
        job.setItems(Job.values());
        job.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(kind).bind("kind");
        binder.forField(job).bind("job");
        binder.readRecord(new TraineeDraft("", "", null, null));
        // The binder marks @NotNull fields as required; names are @NotBlank, so they are marked here.
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        problems.on("centre", centre);
        Button enrol = new Button(getTranslation("session-page.enrol.button"), click -> enrol());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickShortcut(Key.ENTER).listenOn(firstName, lastName);
        Div fields = new Div(centre, hostCentre, firstName, lastName, kind, job);
        fields.addClassName("enrol-fields");
        hostCentre.addClassName("secondary-text");
        result.addClassName("enrol-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        add(fields, enrol, result);
    }

    @Override
    void show(SessionState shown) {
        state = shown;
        setVisible(shown.permissions().enrol());
        title(getTranslation(shown.ownCentreOnly() ? "session-page.enrol.own" : "session-page.enrol.anyone"));
        List<ParticipantKind> kinds = Arrays.stream(ParticipantKind.values())
                .filter(candidate -> shown.training().getAudience().accepts(candidate)).toList();
        if (!kinds.equals(kind.getListDataView().getItems().toList())) {
            kind.setItems(kinds);
            if (kinds.size() == 1) {
                kind.setValue(kinds.getFirst());
            }
        }
        HostCentre host = shown.session().getHost();
        centre.setVisible(!shown.ownCentreOnly() && host == null);
        hostCentre.setVisible(!shown.ownCentreOnly() && host != null);
        if (host != null) {
            hostCentre.setText(getTranslation("session-page.enrol.host", host.name()));
        }
    }

    private void enrol() {
        SessionState shown = Objects.requireNonNull(state);
        problems.clear();
        String centreId = centreId(shown);
        if (centreId == null) {
            centre.setErrorMessage(getTranslation("session-page.enrol.centre.required"));
            centre.setInvalid(true);
            centre.focus();
            return;
        }
        TraineeDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            EnrolmentLine line = enrolments.enrol(shown.id(), centreId, draft);
            tell(line);
            // The names emptied for the next person stay calm: no "required" until they are typed.
            binder.readRecord(new TraineeDraft("", "", draft.kind(), draft.job()));
            firstName.focus();
            reload.run();
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems()).forEach(problem -> Notifications.errorText(problem.message()));
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException("training-ui.denied.action"));
        }
    }

    private @Nullable String centreId(SessionState shown) {
        HostCentre host = shown.session().getHost();
        if (shown.general().ownCentreId() != null) {
            return shown.general().ownCentreId();
        }
        if (host != null) {
            return host.centreId();
        }
        return centre.getValue() == null ? null : centre.getValue().id();
    }

    /** "Camille Lefebvre est inscrit·e." or "… est sur liste d’attente, en position 2." */
    private void tell(EnrolmentLine line) {
        String name = line.enrolment().fullName();
        boolean seated = line.enrolment().getStatus() == EnrolmentStatus.ENROLLED;
        String text = seated ? getTranslation("session-page.enrol.enrolled", name)
                : getTranslation("session-page.enrol.waiting", name,
                        Objects.requireNonNullElse(line.waitingPosition(), 1));
        result.setText(text);
        result.setVisible(true);
        result.getElement().setAttribute("data-status", seated ? "enrolled" : "waiting");
    }
}
