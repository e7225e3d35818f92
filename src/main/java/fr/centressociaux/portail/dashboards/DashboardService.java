package fr.centressociaux.portail.dashboards;

import java.util.Optional;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.meetings.MeetingService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The role homes as dashboards (DD019). Each dashboard is for one role and refused to the others;
 * what it covers is the caller's own scope, never a parameter: a delegate's territories, a
 * director's centre, the funder's department. The figures are computed by the modules' services
 * under the caller's rights, when asked (nothing is kept between two visits).
 */
@Service
public class DashboardService {

    private final DashboardAccess access;
    private final StaffDashboard staff;
    private final DelegateDashboard delegate;
    private final DirectorDashboard director;
    private final FunderDashboard funder;
    private final MeetingService meetings;

    DashboardService(DashboardAccess access, StaffDashboard staff, DelegateDashboard delegate,
            DirectorDashboard director, FunderDashboard funder, MeetingService meetings) {
        this.access = access;
        this.staff = staff;
        this.delegate = delegate;
        this.director = director;
        this.funder = funder;
        this.meetings = meetings;
    }

    /** Which dashboard the signed-in person's home shows; none for the Promeneurs du Net coordinator. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Dashboard.Kind> kindForMe() {
        return Optional.ofNullable(DashboardAccess.kindOf(access.user().role()));
    }

    /**
     * The year a home opens on: the year the meeting list opens on for those who see meetings (this
     * year once it has one), last year for the funder, whose figures are the closed year's.
     */
    @PreAuthorize("isAuthenticated()")
    public int defaultYear() {
        AccountPrincipal user = access.user();
        return DashboardAccess.kindOf(user.role()) == Dashboard.Kind.FUNDER ? access.today().getYear() - 1
                : meetings.defaultYear().year();
    }

    /** The signed-in person's own dashboard for the year; none for an account not yet attached to its scope. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Dashboard> home(int year) {
        if (kindForMe().isPresent() && nothingToShow(access.user())) {
            return Optional.empty();
        }
        return kindForMe().map(kind -> switch (kind) {
            case STAFF -> staff(year);
            case DELEGATE -> delegate(year);
            case DIRECTOR -> director(year);
            case FUNDER -> funder(year);
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Dashboard staff(int year) {
        access.check(Dashboard.Kind.STAFF);
        return staff.build(year);
    }

    @PreAuthorize("hasRole('DELEGATE')")
    public Dashboard delegate(int year) {
        return delegate.build(access.check(Dashboard.Kind.DELEGATE), year);
    }

    @PreAuthorize("hasRole('DIRECTOR')")
    public Dashboard director(int year) {
        return director.build(access.check(Dashboard.Kind.DIRECTOR), year, access.today());
    }

    @PreAuthorize("hasRole('FUNDER')")
    public Dashboard funder(int year) {
        AccountPrincipal user = access.check(Dashboard.Kind.FUNDER);
        return funder.build(DashboardAccess.departmentOf(user).orElseThrow(
                () -> new AccessDeniedException("A funder account without a department has no dashboard")), year);
    }

    /**
     * An account invited before its scope was set (a director without a centre, a funder without a
     * department) has nothing to compare yet: its home shows no dashboard rather than a refusal.
     */
    private static boolean nothingToShow(AccountPrincipal user) {
        return switch (user.role()) {
            case DIRECTOR -> user.scope().centreId() == null;
            case FUNDER -> DashboardAccess.departmentOf(user).isEmpty();
            default -> false;
        };
    }
}
