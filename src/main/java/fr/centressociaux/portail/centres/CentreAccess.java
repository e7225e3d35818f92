package fr.centressociaux.portail.centres;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which centre. Admins: every centre, every field. Delegates: the centres
 * of their territories today, all but the territory itself. Directors: their own centre, profile
 * and figures only. The Promeneurs du Net coordinator reads the whole directory. The funder reads
 * the bilan, not the directory.
 */
@Component
class CentreAccess {

    private final CurrentUser currentUser;
    private final Clock clock;

    CentreAccess(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The centres the caller may see, as a query criterion. */
    Criteria visibleCentres() {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> new Criteria();
            case DELEGATE -> Criteria.where("territoryHistory").elemMatch(Criteria.where("territoryId")
                    .in(user.scope().territoryIds()).and("from").lte(today())
                    .orOperator(Criteria.where("to").is(null), Criteria.where("to").gte(today())));
            case DIRECTOR -> Criteria.where("_id").is(Objects.requireNonNullElse(user.scope().centreId(), "-"));
            case FUNDER, PROMENEUR -> throw denied();
        };
    }

    void checkView(Centre centre) {
        AccountPrincipal user = user();
        boolean allowed = switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> true;
            case DELEGATE -> inDelegateTerritories(user, centre);
            case DIRECTOR -> isOwnCentre(user, centre);
            case FUNDER, PROMENEUR -> false;
        };
        if (!allowed) {
            throw denied();
        }
    }

    /** The centre's profile, people and yearly figures. */
    void checkEditProfile(Centre centre) {
        if (!canEditProfile(centre)) {
            throw denied();
        }
    }

    /** What the federation decides: membership and CAF approval dates. */
    void checkEditFederationFields(Centre centre) {
        if (!canEditFederationFields(centre)) {
            throw denied();
        }
    }

    /**
     * Confirming next year's membership during its campaign: the centre's own director, and those
     * who may change its membership (admins, the delegates of its territory).
     */
    void checkConfirmRenewal(Centre centre) {
        AccountPrincipal user = user();
        if (!(user.role() == Role.DIRECTOR && isOwnCentre(user, centre) || canEditFederationFields(centre))) {
            throw denied();
        }
    }

    /** Whether the caller decides the centre's membership (admins, the delegates of its territory). */
    boolean canDecideMembership(Centre centre) {
        return canEditFederationFields(centre);
    }

    /** Territories are organised by the federation's staff, not by each delegate. */
    void checkMoveTerritory() {
        if (!canMoveTerritory()) {
            throw denied();
        }
    }

    /** Everything the caller may change on a centre they may see. */
    CentrePermissions permissionsOn(Centre centre) {
        return new CentrePermissions(canEditProfile(centre), canEditFederationFields(centre), canMoveTerritory());
    }

    private boolean canEditProfile(Centre centre) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> inDelegateTerritories(user, centre);
            case DIRECTOR -> isOwnCentre(user, centre);
            case PDN_COORDINATOR, FUNDER, PROMENEUR -> false;
        };
    }

    private boolean canEditFederationFields(Centre centre) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> inDelegateTerritories(user, centre);
            case DIRECTOR, PDN_COORDINATOR, FUNDER, PROMENEUR -> false;
        };
    }

    private boolean canMoveTerritory() {
        return user().role() == Role.ADMIN;
    }

    /** Applications to join: admins, and the delegates of the territory chosen. */
    boolean canDecideApplicationFor(String territoryId) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> user.scope().territoryIds().contains(territoryId);
            default -> false;
        };
    }

    AccountPrincipal user() {
        return currentUser.get().orElseThrow(CentreAccess::denied);
    }

    String actor() {
        return currentUser.get().map(AccountPrincipal::getUsername).orElse("system");
    }

    private boolean inDelegateTerritories(AccountPrincipal user, Centre centre) {
        return centre.territoryOn(today()).map(user.scope().territoryIds()::contains).orElse(false);
    }

    private static boolean isOwnCentre(AccountPrincipal user, Centre centre) {
        return centre.getId() != null && centre.getId().equals(user.scope().centreId());
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed for this centre");
    }
}
