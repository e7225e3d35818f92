package fr.centressociaux.portail.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.territories.Department;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who gets which dashboard: each role its own home, nobody another's (a delegate does not read the
 * network's figures through the staff dashboard). What each one covers is then the signed-in
 * person's scope: a delegate's territories, a director's centre, the funder's department.
 */
@Component
class DashboardAccess {

    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardAccess(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person, refused unless their role is the one the dashboard is for. */
    AccountPrincipal check(Dashboard.Kind kind) {
        AccountPrincipal user = user();
        if (kindOf(user.role()) != kind) {
            throw new AccessDeniedException("This dashboard is not for this role");
        }
        return user;
    }

    AccountPrincipal user() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    /** The Département a funder account reads for, from its account; none if it was given none. */
    static Optional<Department> departmentOf(AccountPrincipal user) {
        return Department.ofCode(user.scope().departmentCode());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The home dashboard of a role; the Promeneurs du Net coordinator has none (its figures page is its home). */
    static Dashboard.@org.jspecify.annotations.Nullable Kind kindOf(Role role) {
        return switch (role) {
            case ADMIN -> Dashboard.Kind.STAFF;
            case DELEGATE -> Dashboard.Kind.DELEGATE;
            case DIRECTOR -> Dashboard.Kind.DIRECTOR;
            case FUNDER -> Dashboard.Kind.FUNDER;
            case PDN_COORDINATOR, PROMENEUR -> null;
        };
    }
}
