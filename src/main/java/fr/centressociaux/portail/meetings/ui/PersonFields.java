package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PersonDraft;

/**
 * First name, last name and kind of a person, as registrations, walk-ins and the check-in page
 * ask for them. Field names match the service's, so refusals show next to the right field.
 */
class PersonFields extends Div {

    static final int MAX_NAME = 80;

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final Select<ParticipantKind> kind = new Select<>();

    PersonFields() {
        addClassName("person-fields");
        firstName.setLabel(getTranslation("meeting-day.person.first-name"));
        lastName.setLabel(getTranslation("meeting-day.person.last-name"));
        kind.setLabel(getTranslation("meeting-day.person.kind"));
        kind.setItems(ParticipantKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setPlaceholder(getTranslation("meeting-day.person.kind.choose"));
        for (TextField name : new TextField[] {firstName, lastName}) {
            name.setMaxLength(MAX_NAME);
            name.setRequiredIndicatorVisible(true);
            name.getElement().setAttribute("autocomplete", "off");
        }
        firstName.getElement().setAttribute("autocapitalize", "words");
        lastName.getElement().setAttribute("autocapitalize", "words");
        kind.setRequiredIndicatorVisible(true);
        add(firstName, lastName, kind);
    }

    FieldErrors errors() {
        return new FieldErrors().on("firstName", firstName).on("lastName", lastName).on("kind", kind);
    }

    PersonDraft value() {
        return new PersonDraft(firstName.getValue(), lastName.getValue(), kind.getValue());
    }

    void show(Participant person) {
        firstName.setValue(person.getFirstName());
        lastName.setValue(person.getLastName());
        kind.setValue(person.getKind());
    }

    /** Empties the names for the next person; the kind stays, as people of a centre often share it. */
    void next() {
        firstName.clear();
        lastName.clear();
        firstName.focus();
    }

    void focus() {
        firstName.focus();
    }
}
