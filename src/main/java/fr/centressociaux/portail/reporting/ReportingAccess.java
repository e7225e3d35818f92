package fr.centressociaux.portail.reporting;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.territories.Department;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with conventions and bilans (DD013). Staff prepare everything. The funder
 * reads its own department's conventions only. Delegates, directors and the Promeneurs du Net
 * coordinator read the conventions' structure; their figures are scoped by the measures' modules.
 * The funder's department is the one its account carries.
 */
@Component
class ReportingAccess {

    private final CurrentUser currentUser;

    ReportingAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Role role() {
        return user().role();
    }

    boolean isStaff() {
        return role() == Role.ADMIN;
    }

    boolean canRead(Convention convention) {
        return role() != Role.FUNDER || isFunderOf(convention.getDepartment());
    }

    /** The caller is a funder whose account carries this department (a funder without one reads nothing). */
    boolean isFunderOf(Department department) {
        AccountPrincipal user = user();
        return user.role() == Role.FUNDER && user.scope().departmentCode() != null
                && Department.ofCode(user.scope().departmentCode()).orElse(null) == department;
    }

    void checkRead(Convention convention) {
        if (!canRead(convention)) {
            throw new AccessDeniedException("Convention of another funder");
        }
    }

    private AccountPrincipal user() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
