package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * Support actions and SENACS answers built in memory, without the services, for the follow-up
 * benchmark to insert in bulk (its constructors are the module's own).
 */
public final class FollowupBulk {

    private FollowupBulk() {
    }

    /**
     * An action as {@link FollowupService#record} would store it, last recorded on {@code lastActivityOn};
     * a renewal linked to {@code ameppSessionId} when given (not checked against the trainings here).
     */
    public static SupportAction action(String centreId, String centreName, Department department,
            @Nullable String territoryId, SupportKind kind, @Nullable String theme,
            @Nullable CooperationTheme cooperation, LocalDate startedOn, Set<PartnerKind> partners,
            @Nullable LocalDate nextStepDue, SupportStatus status, boolean confidential, LocalDate lastActivityOn,
            @Nullable String ameppSessionId) {
        SupportAction action = new SupportAction(centreId, centreName, department, kind, startedOn, status);
        action.apply(new SupportDraft(kind, kind.isDifficulty() ? Difficulty.FINANCIAL : null, theme, cooperation,
                startedOn, status == SupportStatus.CLOSED ? startedOn.plusMonths(2) : null, "Délégué", "Direction",
                partners, "", "Notes de suivi", nextStepDue == null ? "" : "Relancer", nextStepDue, status,
                status == SupportStatus.CLOSED ? "Accompagnement terminé" : "", confidential, Set.of(), ameppSessionId),
                territoryId, lastActivityOn, List.of());
        return action;
    }

    /** The complete SENACS answers of the department, as the yearly figures read them (for the benchmark's breakdown). */
    public static Map<String, SenacsStatus> complete(Senacs senacs, int year, Department department) {
        return senacs.complete(year, department);
    }

    public static SenacsAnswer senacs(int year, String centreId, Department department, @Nullable String territoryId,
            SenacsStatus status) {
        return new SenacsAnswer(year, centreId, department, territoryId, status);
    }
}
