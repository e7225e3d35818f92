package fr.centressociaux.portail.trainings.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionDraft;

/** One day of a session as staff type it: date, start, end, place; and a button to take it off. */
class SessionDayRow extends Div {

    final FrenchDatePicker date;
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    private final Button remove;

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

    void read(SessionDay day) {
        date.setValue(day.date());
        start.setValue(day.start());
        end.setValue(day.end());
        place.setValue(day.place());
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

    SessionDraft.Day draft() {
        return new SessionDraft.Day(date.getValue(), start.getValue(), end.getValue(), place.getValue());
    }

    void allowRemoval(boolean allowed) {
        remove.setVisible(allowed);
    }
}
