package fr.centressociaux.portail.newsletter;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the newsletter (DD014). Staff ({@code ADMIN}): everything — lists, every
 * subscriber, issues, sending, export and erasure. A director: the contacts of their own centre
 * only (list, add, remove them from lists). Everyone else: nothing here; the public pages act on a
 * personal link's token, not on a signed-in person.
 */
@Component
class NewsletterAccess {

    private final CurrentUser currentUser;

    NewsletterAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean isStaff() {
        return user().role() == Role.ADMIN;
    }

    void checkStaff() {
        if (!isStaff()) {
            throw denied();
        }
    }

    /** Managing the contacts of this centre (null: a partner without a centre, staff only). */
    void checkContactsOf(@Nullable String centreId) {
        AccountPrincipal user = user();
        boolean allowed = user.role() == Role.ADMIN
                || user.role() == Role.DIRECTOR && centreId != null && centreId.equals(user.scope().centreId());
        if (!allowed) {
            throw denied();
        }
    }

    /** Whether the caller sees subscribers at all: staff and directors. */
    void checkSeesContacts() {
        Role role = user().role();
        if (role != Role.ADMIN && role != Role.DIRECTOR) {
            throw denied();
        }
    }

    /** The subscribers the caller sees, as a query criterion: all for staff, their centre's for a director. */
    Criteria visibleSubscribers() {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> new Criteria();
            case DIRECTOR -> Criteria.where("centreId").is(user.scope().centreId());
            case DELEGATE, PDN_COORDINATOR, FUNDER, PROMENEUR -> throw denied();
        };
    }

    @Nullable String ownCentre() {
        return user().scope().centreId();
    }

    String email() {
        return user().getUsername();
    }

    private AccountPrincipal user() {
        return currentUser.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed for the newsletter");
    }
}
