package fr.centressociaux.portail.meetings.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.SearchKeys;

/**
 * One person on the attendance page: name, kind and where they come from, the time they arrived,
 * and two big buttons to say present or absent. The pressed one shows the recorded state. A doubtful
 * self check-in reads "À confirmer": "Présent" confirms it, "Absent" undoes it.
 */
class AttendanceRow extends ListItem {

    private final Span details = new Span();
    private final Span toConfirm = new Span();
    private final Button present = new Button();
    private final Button absent = new Button();
    private final boolean showOrganisation;
    private Participant person;

    /** {@code showOrganisation}: where the person comes from, when no heading above says it. */
    AttendanceRow(Participant person, boolean showOrganisation, BiConsumer<Participant, Presence> onMark) {
        this.person = person;
        this.showOrganisation = showOrganisation;
        addClassName("attendance-row");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", person.fullName());
        Span name = new Span(person.fullName());
        name.addClassName("person-name");
        details.addClassName("secondary-text");
        toConfirm.setText(getTranslation("meeting-day.attendance.to-confirm"));
        toConfirm.addClassNames("meeting-status", "to-confirm");
        toConfirm.setTitle(getTranslation("meeting-day.attendance.to-confirm.help"));
        Div who = new Div(name, toConfirm, details);
        who.addClassName("person-who");
        present.setText(getTranslation(Presence.PRESENT.labelKey()));
        absent.setText(getTranslation(Presence.ABSENT.labelKey()));
        present.addClickListener(click -> onMark.accept(this.person, Presence.PRESENT));
        absent.addClickListener(click -> onMark.accept(this.person, Presence.ABSENT));
        present.addClassNames("presence-toggle", "presence-present");
        absent.addClassNames("presence-toggle", "presence-absent");
        Div toggles = new Div(present, absent);
        toggles.addClassName("presence-toggles");
        add(who, toggles);
        update(person);
    }

    Participant person() {
        return person;
    }

    /** Shows the person as recorded now. */
    void update(Participant recorded) {
        this.person = recorded;
        Presence presence = recorded.getPresence();
        press(present, presence == Presence.PRESENT, ButtonVariant.LUMO_SUCCESS);
        press(absent, presence == Presence.ABSENT, ButtonVariant.LUMO_ERROR);
        String kind = getTranslation(recorded.getKind().labelKey());
        String line = !showOrganisation || recorded.getOrganisation().isBlank() ? kind
                : getTranslation("meeting-day.attendance.kind-and-organisation", kind, recorded.getOrganisation());
        if (presence == Presence.PRESENT && recorded.getCheckedInAt() != null) {
            line = getTranslation("meeting-day.attendance.arrived", line, FrenchDates.time(recorded.getCheckedInAt()));
        }
        details.setText(recorded.isToConfirm() && presence == Presence.PRESENT
                ? getTranslation("meeting-day.attendance.to-confirm.line", line) : line);
        toConfirm.setVisible(recorded.isToConfirm() && presence == Presence.PRESENT);
        getElement().setAttribute("data-presence", presence.name().toLowerCase(java.util.Locale.ROOT));
    }

    boolean matches(String searchKey) {
        return searchKey.isEmpty() || SearchKeys.of(person.fullName() + " " + person.getOrganisation())
                .contains(searchKey) || SearchKeys.of(person.getLastName() + " " + person.getFirstName())
                .contains(searchKey);
    }

    private static void press(Button button, boolean pressed, ButtonVariant colour) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, colour);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, colour);
        }
    }
}
