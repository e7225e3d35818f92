package fr.centressociaux.portail.centres.ui;

import java.util.Objects;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;

/**
 * The director and the chair as the profile form edits them: two plain texts each, since "both
 * empty" means nobody holds the role, which a {@link RoleHolder} (whose name is required) cannot say.
 */
final class PeopleDraft {

    String directorName = "";
    String directorEmail = "";
    String chairName = "";
    String chairEmail = "";

    static PeopleDraft of(Centre centre) {
        PeopleDraft draft = new PeopleDraft();
        RoleHolder director = centre.getDirector();
        RoleHolder chair = centre.getChair();
        draft.directorName = director == null ? "" : director.name();
        draft.directorEmail = director == null ? "" : text(director.email());
        draft.chairName = chair == null ? "" : chair.name();
        draft.chairEmail = chair == null ? "" : text(chair.email());
        return draft;
    }

    @Nullable RoleHolder director(@Nullable RoleHolder before) {
        return holder(directorName, directorEmail, before);
    }

    @Nullable RoleHolder chair(@Nullable RoleHolder before) {
        return holder(chairName, chairEmail, before);
    }

    /**
     * No one when both fields are empty. The link to the person's account stays while their
     * address does: another address is another person, whose account is not known here.
     */
    private static @Nullable RoleHolder holder(String name, String email, @Nullable RoleHolder before) {
        if (name.isBlank() && email.isBlank()) {
            return null;
        }
        String accountId = before != null && before.email() != null
                && Objects.equals(EmailAddresses.normalise(before.email()), EmailAddresses.normalise(email))
                ? before.accountId() : null;
        return new RoleHolder(name, email.isBlank() ? null : email, accountId);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
