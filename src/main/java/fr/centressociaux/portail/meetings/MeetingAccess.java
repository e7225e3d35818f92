package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with meetings (DD006). Admins: everything. Delegates: the meetings whose
 * scope covers one of their territories; they organise those of their territories and any meeting
 * they are the organiser of; of a wider meeting they see only their territories' people. Directors:
 * the meetings their centre is invited to, and only their centre's people. The Promeneurs du Net
 * coordinator reads every meeting; the funder reads the bilan, not the meetings.
 */
@Component
public class MeetingAccess {

    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingAccess(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Criteria visibleMeetings() {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> new Criteria();
            case DELEGATE -> Criteria.where("territoryIds").in(user.scope().territoryIds());
            case DIRECTOR -> Criteria.where("invitedCentreIds").is(ownCentre(user));
            case FUNDER, PROMENEUR -> throw denied();
        };
    }

    boolean canView(Meeting meeting) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN, PDN_COORDINATOR -> true;
            case DELEGATE -> isOrganiser(user, meeting) || covers(user, meeting);
            case DIRECTOR -> meeting.getInvitedCentreIds().contains(ownCentre(user));
            case FUNDER, PROMENEUR -> false;
        };
    }

    void checkView(Meeting meeting) {
        if (!canView(meeting)) {
            throw denied();
        }
    }

    /**
     * Editing, attendance, check-in link, sheets, minutes, cancelling. The Promeneurs du Net
     * network's meetings are its coordinator's (and admins'), never a delegate's, whatever their
     * territory; the coordinator runs no other meeting.
     */
    public boolean canManage(Meeting meeting) {
        AccountPrincipal user = user();
        return switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> !meeting.isPromeneursDuNet()
                    && (isOrganiser(user, meeting) || ownsScope(user, meeting.getScope()));
            case PDN_COORDINATOR -> meeting.isPromeneursDuNet();
            case DIRECTOR, FUNDER, PROMENEUR -> false;
        };
    }

    void checkManage(Meeting meeting) {
        if (!canManage(meeting)) {
            throw denied();
        }
    }

    /**
     * Admins create any meeting; delegates only for one of their territories and not of the
     * Promeneurs du Net kinds; the coordinator only of those, anywhere.
     */
    void checkCreate(MeetingScope scope, boolean promeneursDuNet) {
        AccountPrincipal user = user();
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case DELEGATE -> !promeneursDuNet && ownsScope(user, scope);
            case PDN_COORDINATOR -> promeneursDuNet;
            case DIRECTOR, FUNDER, PROMENEUR -> false;
        };
        if (!allowed) {
            throw denied();
        }
    }

    boolean canCreate() {
        Role role = user().role();
        return role == Role.ADMIN || role == Role.DELEGATE || role == Role.PDN_COORDINATOR;
    }

    /**
     * Registering people for a centre: its director until the meeting starts, the meeting's managers
     * at any time (people who turn up, late corrections).
     */
    void checkRegisterFor(Meeting meeting, String centreId) {
        if (meeting.invited(centreId).isEmpty()) {
            throw denied();
        }
        if (canManage(meeting)) {
            return;
        }
        AccountPrincipal user = user();
        if (user.role() != Role.DIRECTOR || !centreId.equals(user.scope().centreId())) {
            throw denied();
        }
    }

    /** What part of the people list the caller sees: all, one centre's, or their territories'. */
    PeopleVisibility peopleVisibility(Meeting meeting) {
        AccountPrincipal user = user();
        if (canManage(meeting) || user.role() == Role.PDN_COORDINATOR) {
            return PeopleVisibility.everyone();
        }
        return switch (user.role()) {
            case DELEGATE -> PeopleVisibility.ofTerritories(user.scope().territoryIds());
            case DIRECTOR -> PeopleVisibility.ofCentre(ownCentre(user));
            default -> throw denied();
        };
    }

    /** A director's own centre, when the caller is a director. */
    @Nullable String directorCentre() {
        AccountPrincipal user = user();
        return user.role() == Role.DIRECTOR ? user.scope().centreId() : null;
    }

    AccountPrincipal user() {
        return currentUser.get().orElseThrow(MeetingAccess::denied);
    }

    String actor() {
        return currentUser.get().map(AccountPrincipal::getUsername).orElse("system");
    }

    private static boolean isOrganiser(AccountPrincipal user, Meeting meeting) {
        return user.accountId().equals(meeting.getOrganiserId());
    }

    private static boolean covers(AccountPrincipal user, Meeting meeting) {
        return meeting.getTerritoryIds().stream().anyMatch(user.scope().territoryIds()::contains);
    }

    private static boolean ownsScope(AccountPrincipal user, MeetingScope scope) {
        return scope.level() == ScopeLevel.TERRITORY && user.scope().territoryIds().contains(scope.territoryId());
    }

    private static String ownCentre(AccountPrincipal user) {
        return Objects.requireNonNullElse(user.scope().centreId(), "-");
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed for this meeting");
    }

    /** The part of a meeting's people list the caller may see. */
    record PeopleVisibility(@Nullable String centreId, @Nullable Set<String> territoryIds) {

        static PeopleVisibility everyone() {
            return new PeopleVisibility(null, null);
        }

        static PeopleVisibility ofCentre(String centreId) {
            return new PeopleVisibility(centreId, null);
        }

        static PeopleVisibility ofTerritories(Set<String> territoryIds) {
            return new PeopleVisibility(null, Set.copyOf(territoryIds));
        }

        boolean isEveryone() {
            return centreId == null && territoryIds == null;
        }

        /** Whether the caller sees the people of this centre at this meeting. */
        boolean sees(String centreId, Meeting meeting) {
            if (this.centreId != null) {
                return this.centreId.equals(centreId);
            }
            return territoryIds == null || meeting.invited(centreId).map(InvitedCentre::territoryId)
                    .filter(territoryIds::contains).isPresent();
        }

        boolean sees(Participant participant) {
            if (centreId != null) {
                return centreId.equals(participant.getCentreId());
            }
            return territoryIds == null || territoryIds.contains(participant.getTerritoryId());
        }
    }
}
