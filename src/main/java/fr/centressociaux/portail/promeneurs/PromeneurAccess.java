package fr.centressociaux.portail.promeneurs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalQueries;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the Promeneurs du Net network (DD015). The coordinator and the
 * federation staff run the network: everything. A delegate reads the professionals of their
 * territories. A director sees and edits the professionals their centre employs, and records
 * their activity. A PROMENEUR account sees and edits its own record and months, and asks the
 * network questions. The funder reads the yearly figures of its department, counts only.
 */
@Component
public class PromeneurAccess {


    private final CurrentUser currentUser;
    private final Clock clock;

    PromeneurAccess(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first instant of a day in the portal's time zone (Europe/Paris). */
    java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The professionals the caller may see, as a query criterion. */
    Criteria visibleProfessionals() {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> new Criteria();
            case DELEGATE -> ProfessionalQueries.inTerritoriesOn(user.scope().territoryIds(), today());
            case DIRECTOR -> Criteria.where("employer.centreId").is(ownCentre(user));
            case PROMENEUR -> Criteria.where("accountId").is(user.accountId());
            case FUNDER -> throw denied();
        };
    }

    boolean canView(Professional professional) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> true;
            case DELEGATE -> professional.territoryOn(today()).map(user.scope().territoryIds()::contains)
                    .orElse(false);
            case DIRECTOR -> isOwnCentre(user, professional.getEmployer().centreId());
            case PROMENEUR -> isOwnRecord(user, professional);
            case FUNDER -> false;
        };
    }

    void checkView(Professional professional) {
        if (!canView(professional)) {
            throw denied();
        }
    }

    /**
     * Identity, contact, employer, networks and the months: the network's staff, the employing
     * centre's director, and the professional themselves through their PROMENEUR account.
     */
    boolean canEdit(Professional professional) {
        AccountPrincipal user = user();
        return runsTheNetwork(user.role())
                || user.role() == Role.DIRECTOR && isOwnCentre(user, professional.getEmployer().centreId())
                || user.role() == Role.PROMENEUR && isOwnRecord(user, professional);
    }

    /**
     * Asking the network a question: the professional themselves, or the network's staff on their
     * behalf (a director does not speak for them here).
     */
    void checkAskFor(Professional professional) {
        AccountPrincipal user = user();
        if (!(runsTheNetwork(user.role()) || user.role() == Role.PROMENEUR && isOwnRecord(user, professional))) {
            throw denied();
        }
    }

    /** The signed-in PROMENEUR account's own id; empty for any other role. */
    Optional<String> promeneurAccountId() {
        return currentUser.get().filter(user -> user.role() == Role.PROMENEUR).map(AccountPrincipal::accountId);
    }

    void checkEdit(Professional professional) {
        if (!canEdit(professional)) {
            throw denied();
        }
    }

    /** Registering someone: the network's staff anywhere, a director for their own centre. */
    void checkCreate(@Nullable String centreId) {
        AccountPrincipal user = user();
        if (!(runsTheNetwork(user.role()) || user.role() == Role.DIRECTOR && isOwnCentre(user, centreId))) {
            throw denied();
        }
    }

    /** Labelling, suspending, recording departures; structures, communes, events, closing a year. */
    boolean canRunTheNetwork() {
        return currentUser.get().map(user -> runsTheNetwork(user.role())).orElse(false);
    }

    void checkRunTheNetwork() {
        if (!runsTheNetwork(user().role())) {
            throw denied();
        }
    }

    /** The yearly figures: the network's staff for any department, the funder for its own. */
    void checkFigures(Department department) {
        if (!canReadFigures(department)) {
            throw denied();
        }
    }

    boolean canReadFigures(Department department) {
        // The funder's department is the one on its account.
        return currentUser.get().map(user -> runsTheNetwork(user.role()) || user.role() == Role.FUNDER
                && department != null && Department.ofCode(user.scope().departmentCode()).orElse(null) == department)
                .orElse(false);
    }

    /** The funder reads counts, not the names behind them. */
    boolean seesRecordsBehindFigures() {
        return user().role() != Role.FUNDER;
    }

    /**
     * The network's resources: its staff, the directors of employing centres and the professionals'
     * own accounts (DD015, "Resources").
     */
    void checkReadResources() {
        Role role = user().role();
        if (!(runsTheNetwork(role) || role == Role.DIRECTOR || role == Role.PROMENEUR)) {
            throw denied();
        }
    }

    /** A director's own centre; null for anyone else. */
    @Nullable String ownCentreId() {
        AccountPrincipal user = user();
        return user.role() == Role.DIRECTOR ? user.scope().centreId() : null;
    }

    String actor() {
        return currentUser.get().map(AccountPrincipal::getUsername).orElse("system");
    }

    private AccountPrincipal user() {
        return currentUser.get().orElseThrow(PromeneurAccess::denied);
    }

    private static boolean runsTheNetwork(Role role) {
        return role == Role.ADMIN || role == Role.PDN_COORDINATOR;
    }

    private static boolean isOwnRecord(AccountPrincipal user, Professional professional) {
        return user.accountId() != null && user.accountId().equals(professional.getAccountId());
    }

    private static boolean isOwnCentre(AccountPrincipal user, @Nullable String centreId) {
        return centreId != null && centreId.equals(user.scope().centreId());
    }

    private static String ownCentre(AccountPrincipal user) {
        return Objects.requireNonNullElse(user.scope().centreId(), "-");
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed in the Promeneurs du Net network");
    }
}
