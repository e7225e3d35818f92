package fr.centressociaux.portail.followup.internal;

import java.time.LocalDate;
import java.util.Set;

import fr.centressociaux.portail.followup.CooperationTheme;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.SupportKind;
import org.jspecify.annotations.Nullable;

/**
 * What the yearly figures count and list of a support action, and whether a reader may see it
 * (confidential, territory of its date); notes, next step, people and outcome are left unread.
 */
public record CountedAction(String id, String centreId, String centreName, @Nullable String territoryId,
        SupportKind kind, @Nullable String theme, @Nullable CooperationTheme cooperation, Set<PartnerKind> partners,
        @Nullable String ameppSessionId, LocalDate startedOn, boolean confidential) {

    public CountedAction {
        partners = Set.copyOf(partners);
    }
}
