package fr.centressociaux.portail.trainings.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.trainings.HostCentre;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TrainingSession;

/**
 * A session as staff schedule it: its days, or "sur mesure" inside one centre (always so for the
 * sur-mesure and AMEPP families), its seats and its registration deadline. Never saves by itself.
 */
class SessionForm extends Div implements FormPage.Form {

    private final FieldRefusals problems = new FieldRefusals();
    private final SessionDaysField days = new SessionDaysField(problems);
    private final Checkbox custom = new Checkbox();
    private final CentrePicker host;
    private final IntegerField capacity = new IntegerField();
    private final FrenchDatePicker deadline;

    SessionForm(CentrePicker host, boolean hostRequired, boolean creating, Runnable onSave, Runnable onCancel) {
        this.host = host;
        addClassName("session-form");
        custom.setLabel(getTranslation("session-form.custom"));
        custom.setValue(hostRequired);
        custom.setReadOnly(hostRequired);
        host.setVisible(hostRequired);
        host.setWidthFull();
        custom.addValueChangeListener(change -> host.setVisible(change.getValue()));
        capacity.setLabel(getTranslation("session-form.capacity"));
        capacity.setStepButtonsVisible(true);
        capacity.setMin(1);
        deadline = new FrenchDatePicker(getTranslation("session-form.deadline"));
        deadline.setHelperText(getTranslation("session-form.deadline.help"));
        problems.on("hostCentreId", host).on("capacity", capacity).on("registrationDeadline", deadline);

        Div seats = new Div(capacity, deadline);
        seats.addClassName("session-form-seats");
        Button save = new Button(getTranslation(creating ? "session-form.create" : "session-form.save"),
                click -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("training-form-buttons");
        add(days, custom, host, seats, buttons);
    }

    void read(TrainingSession session) {
        days.read(session.getDays());
        HostCentre hostCentre = session.getHost();
        custom.setValue(hostCentre != null || custom.isReadOnly());
        if (hostCentre != null) {
            host.setValue(new CentreChoice(hostCentre.centreId(), hostCentre.name()));
        }
        capacity.setValue(session.getCapacity());
        deadline.setValue(session.getRegistrationDeadline());
    }

    /** What the form holds; missing values are left for the service to refuse. */
    SessionDraft draft() {
        CentreChoice chosen = custom.getValue() ? host.getValue() : null;
        return new SessionDraft(days.draft(), chosen == null ? null : chosen.id(), capacity.getValue(),
                deadline.getValue());
    }

    /** Each problem next to its field, those of the days as a whole under the days; returns the others. */
    @Override
    public List<FieldProblem> showProblems(List<FieldProblem> found) {
        days.clearProblem();
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems.show(found)) {
            if (problem.field().equals("days")) {
                days.showProblem(problem.message());
            } else {
                elsewhere.add(problem);
            }
        }
        return elsewhere;
    }

    @Override
    public void clearProblems() {
        problems.clear();
        days.clearProblem();
    }
}
