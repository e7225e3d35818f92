package fr.centressociaux.portail.meetings;

import java.util.Objects;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.TextInput;
import org.jspecify.annotations.Nullable;

/** Tidies people's names and builds the key that makes one person appear once per meeting. */
final class People {

    private People() {
    }

    /** The person as stored, once its constraints have passed. */
    static ValidPerson tidy(PersonDraft draft) {
        return new ValidPerson(TextInput.tidy(draft.firstName()), TextInput.tidy(draft.lastName()),
                Objects.requireNonNull(draft.kind()));
    }

    /** Same name and same centre (or same outside organisation), whatever the accents and case. */
    static String key(String firstName, String lastName, @Nullable String centreId, String organisation) {
        String where = centreId != null ? centreId : "ext:" + SearchKeys.of(organisation);
        return SearchKeys.of(firstName + " " + lastName) + "|" + where;
    }

    /** One person of another module's register once per meeting, whatever their name or employer becomes. */
    static String externalKey(String externalPersonId) {
        return "register:" + externalPersonId;
    }

    record ValidPerson(String firstName, String lastName, ParticipantKind kind) {
    }
}
