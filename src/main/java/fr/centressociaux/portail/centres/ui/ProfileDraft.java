package fr.centressociaux.portail.centres.ui;

import java.util.Objects;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;

/** What the profile form edits: the profile and the two people, as plain texts for the fields. */
final class ProfileDraft {

    String name = "";
    @Nullable CentreKind kind;
    @Nullable Management management;
    String street = "";
    String postalCode = "";
    String commune = "";
    String epci = "";
    String email = "";
    String phone = "";
    String website = "";
    String siret = "";
    String directorName = "";
    String directorEmail = "";
    String chairName = "";
    String chairEmail = "";

    static ProfileDraft of(Centre centre) {
        CentreProfile profile = centre.getProfile();
        ProfileDraft draft = new ProfileDraft();
        draft.name = profile.name();
        draft.kind = profile.kind();
        draft.management = profile.management();
        draft.street = profile.street();
        draft.postalCode = profile.postalCode();
        draft.commune = profile.commune();
        draft.epci = text(profile.epci());
        draft.email = text(profile.email());
        draft.phone = text(profile.phone());
        draft.website = text(profile.website());
        draft.siret = text(profile.siret());
        RoleHolder director = centre.getDirector();
        RoleHolder chair = centre.getChair();
        draft.directorName = director == null ? "" : director.name();
        draft.directorEmail = director == null ? "" : text(director.email());
        draft.chairName = chair == null ? "" : chair.name();
        draft.chairEmail = chair == null ? "" : text(chair.email());
        return draft;
    }

    // Unset choices go to the service as they are: its rules name the missing field.
    CentreProfile profile() {
        return new CentreProfile(name, kind, management, street, postalCode, commune, epci, email, phone, website,
                siret);
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
