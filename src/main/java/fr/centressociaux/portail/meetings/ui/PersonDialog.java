package fr.centressociaux.portail.meetings.ui;

import java.util.function.Consumer;

import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PersonDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/** Corrects a registered person's name or kind; stays open on a refusal, with the reason next to the field. */
class PersonDialog extends SaveDialog {

    private final PersonFields fields = new PersonFields();
    private final FieldRefusals refusals = fields.refusals();
    private final Consumer<PersonDraft> onSave;

    PersonDialog(Participant person, Consumer<PersonDraft> onSave) {
        super("meeting-day.registrations.edit.save", "meeting-day.registrations.edit.title", person.fullName());
        this.onSave = onSave;
        addClassName("person-dialog");
        fields.show(person);
        add(fields);
    }

    @Override
    protected boolean save() {
        return fields.value().map(draft -> refusals.attempt(() -> onSave.accept(draft))).orElse(false);
    }
}
