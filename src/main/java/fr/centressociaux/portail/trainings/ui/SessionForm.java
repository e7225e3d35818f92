package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.trainings.HostCentre;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.jspecify.annotations.Nullable;

/**
 * A session as staff schedule it: its days, or "sur mesure" inside one centre (always so for the
 * sur-mesure and AMEPP families), its seats and its registration deadline. Bound to a
 * {@link SessionDraft}, each day's row to its day; never saves by itself.
 */
class SessionForm extends Div implements FormPage.BoundForm<SessionDraft> {

    private final SessionDaysField days = new SessionDaysField();
    private final Checkbox custom = new Checkbox();
    private final CentrePicker host;
    private final IntegerField capacity = new IntegerField();
    private final FrenchDatePicker deadline;
    private final DraftBinder<SessionDraft> binder = new DraftBinder<>(SessionDraft.class);

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
        binder.forField(days).bind("days");
        // Only a "sur mesure" session has a host centre; the service says when one is missing.
        binder.forField(host).withConverter(chosen -> custom.getValue() && chosen != null ? chosen.id() : null,
                this::hostShown).bind("hostCentreId");
        binder.forField(capacity).bind("capacity");
        binder.forField(deadline).bind("registrationDeadline");
        binder.refusals().onRows("days", days::row);

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
        binder.readRecord(SessionDraft.of(session));
        HostCentre hostCentre = session.getHost();
        custom.setValue(hostCentre != null || custom.isReadOnly());
        if (hostCentre != null) {
            host.setValue(new CentreChoice(hostCentre.centreId(), hostCentre.name()));
        }
    }

    @Override
    public DraftBinder<SessionDraft> binder() {
        return binder;
    }

    /**
     * Each day's row, then the session's own fields, each against its constraints. While a row is
     * wrong the days hold no value yet: the rows say what is wrong, not "at least one day".
     */
    @Override
    public boolean checkTyped() {
        boolean daysFine = days.checkRows();
        boolean restFine = binder.check();
        if (!daysFine) {
            days.setInvalid(false);
        }
        return daysFine && restFine;
    }

    /** The centre shown for a stored id: the picker knows centres by name, the draft by id. */
    private @Nullable CentreChoice hostShown(@Nullable String centreId) {
        CentreChoice shown = host.getValue();
        return shown != null && shown.id().equals(centreId) ? shown : null;
    }
}
