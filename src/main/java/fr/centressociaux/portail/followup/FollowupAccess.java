package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.followup.internal.CountedAction;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which follow-up file. Staff: every centre. A delegate: the centres of their
 * territories today (the centres module decides, as for the centre's page), confidential actions
 * included. A director: the non-confidential actions of their own centre, read-only, and its SENACS
 * answer. The funder: the yearly figures of its department, counts without the records behind
 * them. The Promeneurs du Net coordinator: nothing here.
 */
@Component
class FollowupAccess {


    private final CurrentUser currentUser;
    private final CentreService centres;
    private final TerritoryService territories;

    FollowupAccess(CurrentUser currentUser, CentreService centres, TerritoryService territories) {
        this.currentUser = currentUser;
        this.centres = centres;
        this.territories = territories;
    }

    /** The centre whose file the caller reads; refused to those who may not read it. */
    Centre checkReadFile(String centreId) {
        Role role = user().role();
        if (role != Role.ADMIN && role != Role.DELEGATE && role != Role.DIRECTOR) {
            throw denied();
        }
        return centres.get(centreId);
    }

    /** The centre whose file the caller writes: staff, or a delegate of the centre's territory. */
    Centre checkWriteFile(String centreId) {
        if (!writesFiles()) {
            throw denied();
        }
        return centres.get(centreId);
    }

    /** Staff and delegates write files; which centres a delegate writes is the centres module's scope. */
    boolean writesFiles() {
        Role role = user().role();
        return role == Role.ADMIN || role == Role.DELEGATE;
    }

    /** Whether the caller reads the confidential actions of a centre whose file they may read. */
    boolean readsConfidential() {
        return writesFiles();
    }

    /** Whether the caller reads this action (some figure's record), given they may see its centre's file. */
    boolean reads(CountedAction action) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> !action.confidential()
                    || action.territoryId() != null && user.scope().territoryIds().contains(action.territoryId());
            default -> false;
        };
    }

    /** The yearly figures: staff and delegates for any department, the funder for its own only. */
    void checkFigures(@Nullable Department department) {
        if (!readsFigures(department)) {
            throw denied();
        }
    }

    boolean readsFigures(@Nullable Department department) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, DELEGATE -> true;
            // The funder's department is the one on its account.
            case FUNDER -> department != null
                    && Department.ofCode(user.scope().departmentCode()).orElse(null) == department;
            case DIRECTOR, PDN_COORDINATOR, PROMENEUR -> false;
        };
    }

    /** A territory's figures: admins any, a delegate their own territories. */
    Territory checkTerritoryFigures(String territoryId) {
        if (!readsTerritoryFigures(territoryId)) {
            throw denied();
        }
        return territories.get(territoryId).orElseThrow(FollowupAccess::denied);
    }

    boolean readsTerritoryFigures(@Nullable String territoryId) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> territoryId != null && user.scope().territoryIds().contains(territoryId);
            default -> false;
        };
    }

    /** Whether the figures come with the records behind them (staff), or as counts only (the funder). */
    boolean seesRecords() {
        return writesFiles();
    }

    /** Partner bodies are the federation's own mandates: staff and delegates keep them. */
    void checkPartnerBodies() {
        if (!writesFiles()) {
            throw denied();
        }
    }

    /** The federation's own settings (SENACS campaign dates, the observatory's import): admins. */
    void checkAdmin() {
        if (user().role() != Role.ADMIN) {
            throw denied();
        }
    }

    Role role() {
        return user().role();
    }

    AccountPrincipal user() {
        return currentUser.get().orElseThrow(FollowupAccess::denied);
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed in the follow-up of this centre");
    }
}
