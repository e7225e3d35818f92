package fr.centressociaux.portail.meetings.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PersonDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;

/**
 * First name, last name and kind of a person, as registrations, walk-ins and the check-in page
 * ask for them, bound to a {@link PersonDraft} and its constraints; the service's refusals show
 * next to the same fields.
 */
class PersonFields extends Div {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final Select<ParticipantKind> kind = new Select<>();
    private final Binder<PersonDraft> binder = new BeanValidationBinder<>(PersonDraft.class);

    PersonFields() {
        addClassName("person-fields");
        firstName.setLabel(getTranslation("meeting-day.person.first-name"));
        lastName.setLabel(getTranslation("meeting-day.person.last-name"));
        kind.setLabel(getTranslation("meeting-day.person.kind"));
        kind.setItems(ParticipantKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setPlaceholder(getTranslation("meeting-day.person.kind.choose"));
        for (TextField name : new TextField[] {firstName, lastName}) {
            name.setMaxLength(PersonDraft.MAX_NAME);
            name.getElement().setAttribute("autocomplete", "off");
        }
        firstName.getElement().setAttribute("autocapitalize", "words");
        lastName.getElement().setAttribute("autocapitalize", "words");
        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(kind).bind("kind");
        binder.readRecord(new PersonDraft("", "", null));
        // The binder marks @NotNull fields as required; names are @NotBlank, so they are marked here.
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        add(firstName, lastName, kind);
    }

    /** Shows a service's refusal next to these fields (and those the caller adds). */
    FieldRefusals refusals() {
        return new FieldRefusals(binder);
    }

    /** The person typed, or empty when a field breaks its constraint (then shown next to it). */
    Optional<PersonDraft> value() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    void show(Participant person) {
        binder.readRecord(new PersonDraft(person.getFirstName(), person.getLastName(), person.getKind()));
    }

    /**
     * Empties the names for the next person, calmly (no "required" on the emptied fields); the kind
     * stays, as people of a centre often share it.
     */
    void next() {
        binder.readRecord(new PersonDraft("", "", kind.getValue()));
        firstName.focus();
    }

    void focus() {
        firstName.focus();
    }
}
