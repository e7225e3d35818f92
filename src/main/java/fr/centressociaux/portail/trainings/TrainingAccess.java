package fr.centressociaux.portail.trainings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with trainings (docs/decisions/DD007-trainings.md). Admins (federation
 * staff): everything, enrolments at any time. The Promeneurs du Net coordinator: reads everything,
 * changes nothing. Delegates: the catalogue, the people of their territories' centres, whom they
 * enrol under the directors' rules. Directors: the published catalogue, their own centre's people,
 * whom they enrol until the registration deadline, and their certificates. The funder: the
 * training bilan and the FOSFORA table of the Pas-de-Calais, figures without names, nothing else.
 */
@Component
public class TrainingAccess {

    private final CurrentUser currentUser;
    private final Clock clock;

    TrainingAccess(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** Catalogue, sessions, their attendance and amounts, the FOSFORA grants. */
    boolean canManage() {
        return role() == Role.ADMIN;
    }

    void checkManage() {
        if (!canManage()) {
            throw denied();
        }
    }

    /** Everyone but the funder browses the catalogue and its sessions. */
    void checkBrowse() {
        if (role() == Role.FUNDER) {
            throw denied();
        }
    }

    boolean seesUnpublished() {
        Role role = role();
        return role == Role.ADMIN || role == Role.PDN_COORDINATOR;
    }

    void checkView(Training training) {
        checkBrowse();
        if (!training.isPublished() && !seesUnpublished()) {
            throw denied();
        }
    }

    /** A "sur mesure" session is seen by the staff, its centre's director and its territory's delegates. */
    boolean canView(TrainingSession session) {
        AccountPrincipal user = user();
        HostCentre host = session.getHost();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> true;
            case DELEGATE -> host == null || host.territoryId() != null
                    && user.scope().territoryIds().contains(host.territoryId());
            case DIRECTOR -> host == null || host.centreId().equals(user.scope().centreId());
            case FUNDER, PROMENEUR -> false;
        };
    }

    void checkView(TrainingSession session) {
        if (!canView(session)) {
            throw denied();
        }
    }

    /** The sessions the caller may see, as a query criterion. */
    Criteria visibleSessions() {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> new Criteria();
            case DELEGATE -> new Criteria().orOperator(Criteria.where("host").is(null),
                    Criteria.where("host.territoryId").in(user.scope().territoryIds()));
            case DIRECTOR -> new Criteria().orOperator(Criteria.where("host").is(null),
                    Criteria.where("host.centreId").is(ownCentre(user)));
            case FUNDER, PROMENEUR -> throw denied();
        };
    }

    /** Whose enrolments the caller sees by name. */
    PeopleScope peopleScope() {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> new PeopleScope(null, null);
            case DELEGATE -> new PeopleScope(null, user.scope().territoryIds());
            case DIRECTOR -> new PeopleScope(ownCentre(user), null);
            case FUNDER, PROMENEUR -> throw denied();
        };
    }

    /**
     * Enrolling or withdrawing a person of this centre. Admins: anyone. Directors: their own centre.
     * Delegates: a centre of their territories (the centre lookup refuses the others). The deadline
     * is checked by the caller ({@link #enrolsAnyTime}).
     */
    void checkEnrolFor(String centreId) {
        AccountPrincipal user = user();
        boolean allowed = switch (user.role()) {
            case ADMIN, DELEGATE -> true;
            case DIRECTOR -> centreId.equals(user.scope().centreId());
            case PDN_COORDINATOR, FUNDER, PROMENEUR -> false;
        };
        if (!allowed) {
            throw denied();
        }
    }

    boolean canEnrolSomeone() {
        Role role = role();
        return role == Role.ADMIN || role == Role.DELEGATE || role == Role.DIRECTOR;
    }

    /** Staff enrol and withdraw after the deadline too (late changes, people who turn up). */
    boolean enrolsAnyTime() {
        return role() == Role.ADMIN;
    }

    /** A certificate: staff, the trainee's director, the delegates of the trainee's territory. */
    void checkCertificate(Enrolment enrolment) {
        if (!peopleScope().sees(enrolment)) {
            throw denied();
        }
    }

    boolean canReadBilan() {
        return role() != Role.DIRECTOR;
    }

    /** Figures without names. The funder reads its own department's only. */
    void checkBilan(@Nullable Department department) {
        boolean allowed = switch (role()) {
            case ADMIN, PDN_COORDINATOR, DELEGATE -> true;
            case FUNDER -> department != null && department == funderDepartment();
            case DIRECTOR, PROMENEUR -> false;
        };
        if (!allowed) {
            throw denied();
        }
    }

    /** Staff and the Promeneurs du Net coordinator read every table; the funder its department's. */
    boolean canReadFosfora() {
        Role role = role();
        return role == Role.ADMIN || role == Role.PDN_COORDINATOR || role == Role.FUNDER;
    }

    /** The network-wide table (null) or one department's. */
    void checkFosfora(@Nullable Department department) {
        boolean allowed = switch (role()) {
            case ADMIN, PDN_COORDINATOR -> true;
            case FUNDER -> department != null && department == funderDepartment();
            case DELEGATE, DIRECTOR, PROMENEUR -> false;
        };
        if (!allowed) {
            throw denied();
        }
    }

    /**
     * The department whose figures the signed-in funder reads, as its account carries it; null for
     * anyone else, and for a funder account given no department (which then reads nothing).
     */
    @Nullable Department funderDepartment() {
        AccountPrincipal user = user();
        String code = user.scope().departmentCode();
        return user.role() == Role.FUNDER && code != null ? Department.ofCode(code).orElse(null) : null;
    }

    /** A director's own centre, when the caller is a director. */
    @Nullable String directorCentre() {
        AccountPrincipal user = user();
        return user.role() == Role.DIRECTOR ? user.scope().centreId() : null;
    }

    Role role() {
        return user().role();
    }

    AccountPrincipal user() {
        return currentUser.get().orElseThrow(TrainingAccess::denied);
    }

    String actor() {
        return currentUser.get().map(AccountPrincipal::getUsername).orElse("system");
    }

    private static String ownCentre(AccountPrincipal user) {
        return Objects.requireNonNullElse(user.scope().centreId(), "-");
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed for this training");
    }

    /** Everyone (both null), one centre's people, or the people of some territories' centres. */
    record PeopleScope(@Nullable String centreId, @Nullable Set<String> territoryIds) {

        boolean isEveryone() {
            return centreId == null && territoryIds == null;
        }

        boolean sees(Enrolment enrolment) {
            if (centreId != null) {
                return centreId.equals(enrolment.getCentreId());
            }
            return territoryIds == null || territoryIds.contains(enrolment.getTerritoryId());
        }
    }
}
