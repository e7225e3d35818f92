package fr.centressociaux.portail.trainings.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.ATTEMPT;

/**
 * What staff do with a session: edit it, close or reopen its registrations, cancel it with a
 * reason (the directors are mailed), delete it while nobody was ever enrolled, and record the
 * amount the FOSFORA fund pays for it.
 */
class SessionActions extends Div {

    private final TrainingSessions sessions;
    private final Runnable reload;
    private final Div buttons = new Div();
    private final Div fosfora = new Div();

    SessionActions(TrainingSessions sessions, Runnable reload) {
        this.sessions = sessions;
        this.reload = reload;
        addClassName("session-actions");
        buttons.addClassName("training-actions");
        fosfora.addClassName("fosfora-amount");
        add(buttons, fosfora);
    }

    void show(SessionState state) {
        setVisible(state.permissions().manage());
        buttons.removeAll();
        fosfora.removeAll();
        if (!state.permissions().manage()) {
            return;
        }
        TrainingSession session = state.session();
        String id = session.getId();
        long version = session.getVersion();
        if (!session.isCancelled()) {
            Button edit = new Button(getTranslation("session-page.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(TrainingLinks.sessionPath(id) + "/modifier")));
            Button registrations = session.isRegistrationClosed()
                    ? new Button(getTranslation("session-page.reopen"), VaadinIcon.UNLOCK.create(),
                            click -> ATTEMPT.run(() -> sessions.closeRegistration(id, version, false), reload,
                                    "session-page.reopened"))
                    : new Button(getTranslation("session-page.close"), VaadinIcon.LOCK.create(),
                            click -> ATTEMPT.run(() -> sessions.closeRegistration(id, version, true), reload,
                                    "session-page.closed-now"));
            Button cancel = new Button(getTranslation("session-page.cancel"), VaadinIcon.BAN.create(),
                    click -> new CancelSessionDialog(reason -> ATTEMPT.run(() -> sessions.cancel(id, version, reason),
                            reload, "session-page.cancelled-now")).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(edit);
            // Registrations matter until the first day; a session that took place is not cancelled.
            registrations.setVisible(state.today().isBefore(session.getFirstDay()));
            cancel.setVisible(state.people().stream().noneMatch(line -> line.enrolment().hasAttended()));
            buttons.add(registrations, cancel);
        }
        if (state.people().isEmpty()) {
            Button delete = new Button(getTranslation("session-page.delete"), VaadinIcon.TRASH.create(),
                    click -> DangerConfirm.open("session-page.delete.title",
                            getTranslation("session-page.delete.text"), "session-page.delete.confirm",
                            () -> ATTEMPT.run(() -> sessions.delete(id), () -> getUI().ifPresent(ui -> ui.navigate(
                                    TrainingLinks.trainingPath(state.training().getId()))), "session-page.deleted")));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(delete);
        }
        if (state.training().isFosforaEligible()) {
            BigDecimal amount = session.getFosforaAmount();
            Span text = new Span(amount == null ? getTranslation("session-page.fosfora.none")
                    : getTranslation("session-page.fosfora.amount", euros(amount)));
            Button change = new Button(getTranslation("session-page.fosfora.change"), VaadinIcon.EURO.create(),
                    click -> new FosforaAmountDialog(amount, value -> ATTEMPT.run(
                            () -> sessions.recordFosforaAmount(id, version, value), reload,
                            "session-page.fosfora.saved")).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            fosfora.add(text, change);
        }
    }

    static String euros(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }
}
