package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.followup.internal.SupportActionRepository;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The worklist of a delegate (admins: every territory): the member centres of their territories
 * today whose agrément ends within {@value #APPROVAL_MONTHS} months with no renewal support open,
 * who have had nobody at a meeting or a training for {@value #QUIET_MONTHS} months (members all that
 * time), whose open difficulty support has had nothing recorded for {@value #IDLE_DAYS} days, or
 * whose open action has a next step past due. Oldest date first.
 */
@Service
public class FollowupAlerts {

    static final int APPROVAL_MONTHS = 12;
    static final int IDLE_DAYS = 60;
    static final int QUIET_MONTHS = 6;

    private final SupportActionRepository actions;
    private final CentreService centres;
    private final TerritoryService territories;
    private final MeetingService meetings;
    private final TrainingEnrolments trainings;
    private final FollowupAccess access;
    private final Clock clock;

    FollowupAlerts(SupportActionRepository actions, CentreService centres, TerritoryService territories,
            MeetingService meetings, TrainingEnrolments trainings, FollowupAccess access, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.trainings = trainings;
        this.centres = centres;
        this.territories = territories;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<Alert> worklist() {
        LocalDate today = LocalDate.now(clock);
        Set<String> territoryIds = access.role() == Role.ADMIN
                ? territories.validOn(today).stream().map(Territory::getId).collect(Collectors.toSet())
                : access.user().scope().territoryIds();
        Map<String, Centre> followed = centres.membersInTerritoriesOn(territoryIds, today).stream()
                .collect(Collectors.toMap(Centre::getId, Function.identity(), (a, b) -> a));
        List<SupportAction> open = actions.findByCentreIdInAndStatusNot(followed.keySet(), SupportStatus.CLOSED);
        Set<String> renewing = open.stream().filter(action -> action.getKind() == SupportKind.PROJECT_RENEWAL)
                .map(SupportAction::getCentreId).collect(Collectors.toSet());
        List<Alert> alerts = new ArrayList<>();
        for (Centre centre : followed.values()) {
            Approval approval = centre.getApproval();
            if (approval != null && !approval.end().isBefore(today)
                    && !approval.end().isAfter(today.plusMonths(APPROVAL_MONTHS)) && !renewing.contains(centre.getId())) {
                alerts.add(new Alert(Alert.Kind.APPROVAL_ENDING, centre.getId(), centre.getProfile().name(),
                        approval.end(), null));
            }
        }
        quietSince(followed.values(), today).forEach((centre, since) -> alerts.add(
                new Alert(Alert.Kind.NO_PARTICIPATION, centre.getId(), centre.getProfile().name(), since, null)));
        for (SupportAction action : open) {
            if (action.getKind().isDifficulty() && action.getLastActivityOn().plusDays(IDLE_DAYS).isBefore(today)) {
                alerts.add(alert(Alert.Kind.DIFFICULTY_IDLE, action, action.getLastActivityOn()));
            }
            if (action.getNextStepDue() != null && action.getNextStepDue().isBefore(today)) {
                alerts.add(alert(Alert.Kind.NEXT_STEP_OVERDUE, action, action.getNextStepDue()));
            }
        }
        alerts.sort(Comparator.comparing(Alert::date).thenComparing(Alert::centreName));
        return alerts;
    }

    /**
     * The centres, members for the whole period, whose people went to no meeting and no training in
     * the last {@value #QUIET_MONTHS} months, with the day the period starts. Two queries for all.
     */
    private Map<Centre, LocalDate> quietSince(Collection<Centre> followed, LocalDate today) {
        LocalDate since = today.minusMonths(QUIET_MONTHS);
        List<String> longMembers = followed.stream().filter(centre -> centre.isMemberOn(since))
                .map(Centre::getId).toList();
        if (longMembers.isEmpty()) {
            return Map.of();
        }
        Set<String> active = new HashSet<>(meetings.centresPresentBetween(longMembers, since, today));
        active.addAll(trainings.centresAttendingSince(longMembers, since));
        Map<Centre, LocalDate> quiet = new HashMap<>();
        followed.stream().filter(centre -> longMembers.contains(centre.getId()) && !active.contains(centre.getId()))
                .forEach(centre -> quiet.put(centre, since));
        return quiet;
    }

    private static Alert alert(Alert.Kind kind, SupportAction action, LocalDate date) {
        return new Alert(kind, action.getCentreId(), action.getCentreName(), date, action.getId());
    }
}
