package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.InputCheck;
import fr.centressociaux.portail.shared.SearchKeys;
import org.jspecify.annotations.Nullable;

/** Checks people's names and builds the key that makes one person appear once per meeting. */
final class People {

    static final int MAX_NAME = 80;

    private People() {
    }

    static ValidPerson validate(InputCheck check, PersonDraft draft) {
        String first = check.text("firstName", draft.firstName(), MAX_NAME);
        String last = check.text("lastName", draft.lastName(), MAX_NAME);
        ParticipantKind kind = check.required("kind", draft.kind());
        return new ValidPerson(first, last, kind);
    }

    /** Same name and same centre (or same outside organisation), whatever the accents and case. */
    static String key(String firstName, String lastName, @Nullable String centreId, String organisation) {
        String where = centreId != null ? centreId : "ext:" + SearchKeys.of(organisation);
        return SearchKeys.of(firstName + " " + lastName) + "|" + where;
    }

    record ValidPerson(String firstName, String lastName, @Nullable ParticipantKind kind) {
    }
}
