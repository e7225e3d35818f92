package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.shared.ui.EditButton;

/**
 * One centre's registered people as a plain list (a handful per centre, so no grid): name, kind,
 * and, while registrations are open, a pencil to correct and a cross to withdraw. Someone already
 * marked present cannot be withdrawn.
 */
class RegisteredPeople extends Div {

    private final Consumer<Participant> onEdit;
    private final Consumer<Participant> onWithdraw;
    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    RegisteredPeople(Consumer<Participant> onEdit, Consumer<Participant> onWithdraw) {
        this.onEdit = onEdit;
        this.onWithdraw = onWithdraw;
        addClassName("registered-people");
        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        list.addClassName("people-list");
        add(count, list);
    }

    void show(List<Participant> people, boolean editable) {
        count.setText(getTranslation("meeting-day.registrations.count", people.size()));
        list.removeAll();
        people.forEach(person -> list.add(row(person, editable)));
    }

    private ListItem row(Participant person, boolean editable) {
        Span name = new Span(person.fullName());
        name.addClassName("person-name");
        Span kind = new Span(getTranslation(person.getKind().labelKey()));
        kind.addClassName("secondary-text");
        Div who = new Div(name, kind);
        who.addClassName("person-who");
        ListItem row = new ListItem(who);
        row.addClassName("person-row");
        if (person.getPresence() == Presence.PRESENT) {
            Span present = new Span(getTranslation(Presence.PRESENT.labelKey()));
            present.addClassName("presence-badge");
            kind.add(" · ");
            kind.add(present);
        }
        if (editable) {
            Div actions = new Div(new EditButton(getTranslation("meeting-day.registrations.edit", person.fullName()),
                    () -> onEdit.accept(person)));
            if (person.getPresence() != Presence.PRESENT) {
                Button withdraw = new Button(VaadinIcon.CLOSE.create(), click -> onWithdraw.accept(person));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON,
                        ButtonVariant.LUMO_ERROR);
                String label = getTranslation("meeting-day.registrations.withdraw", person.fullName());
                withdraw.setAriaLabel(label);
                withdraw.setTooltipText(label);
                actions.add(withdraw);
            }
            actions.addClassName("person-actions");
            row.add(actions);
        }
        return row;
    }
}
