package fr.centressociaux.portail.trainings.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.trainings.SessionDraft;

/**
 * One day of a session as staff type it: date, start, end, place, bound to a
 * {@link SessionDraft.Day} and its constraints; and a button to take it off.
 */
class SessionDayRow extends Div {

    private final FrenchDatePicker date;
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final TextField place = new TextField();
    private final Button remove;
    private final DraftBinder<SessionDraft.Day> binder = new DraftBinder<>(SessionDraft.Day.class);

    SessionDayRow(Runnable onRemove) {
        addClassName("session-day-row");
        getElement().setAttribute("role", "group");
        date = new FrenchDatePicker(getTranslation("session-form.date"));
        for (TimePicker time : new TimePicker[] {start, end}) {
            time.setLocale(Locale.FRANCE);
            time.setStep(Duration.ofMinutes(15));
            time.setI18n(new TimePicker.TimePickerI18n()
                    .setBadInputErrorMessage(getTranslation("session-form.time.bad-input")));
        }
        start.setLabel(getTranslation("session-form.start"));
        end.setLabel(getTranslation("session-form.end"));
        place.setLabel(getTranslation("session-form.place"));
        place.setMaxLength(200);
        binder.forField(date).bind("date");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(place).withNullRepresentation("").bind("place");
        place.setRequiredIndicatorVisible(true);
        remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        add(date, start, end, place, remove);
    }

    /** The row's place in the session: "Journée 2", "Retirer la journée 2". */
    void number(int number) {
        getElement().setAttribute("aria-label", getTranslation("session-form.day", number));
        remove.setAriaLabel(getTranslation("session-form.day.remove", number));
        remove.setTooltipText(getTranslation("session-form.day.remove", number));
    }

    void read(SessionDraft.Day day) {
        binder.readRecord(day);
    }

    /** The day typed, or empty when a field breaks its constraint (then shown next to it). */
    Optional<SessionDraft.Day> day() {
        return binder.draft();
    }

    /** The next day of a session like this one: same times and place, the day after. */
    void follow(SessionDayRow previous) {
        if (previous.date.getValue() != null) {
            date.setValue(previous.date.getValue().plusDays(1));
        }
        start.setValue(previous.start.getValue());
        end.setValue(previous.end.getValue());
        place.setValue(previous.place.getValue());
    }

    DraftBinder<SessionDraft.Day> binder() {
        return binder;
    }

    void allowRemoval(boolean allowed) {
        remove.setVisible(allowed);
    }
}
