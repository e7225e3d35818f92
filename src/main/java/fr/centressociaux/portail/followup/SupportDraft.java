package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Set;

import fr.centressociaux.portail.shared.EndsAfterStart;
import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the support form holds. The constraints catch what the form can tell alone; the service
 * adds the rules that depend on the kind (a difficulty names its nature, a thematic support its
 * theme, a closed action its outcome) and on the centre.
 *
 * @param staff          who of the federation took part
 * @param centrePeople   who of the centre took part
 * @param partners       the kinds of partner organisations present (an MDS counts for fiche action 2)
 * @param partnerNames   others, by name, when they are not in the register
 * @param notes          Markdown, shown to the centre's director unless confidential
 * @param confidential   seen by federation staff only
 * @param organisationIds the partner organisations present, chosen from the register (their kinds
 *                        count as present, so an MDS chosen there counts for fiche action 2)
 * @param ameppSessionId  a projet-social renewal: the AMEPP session (trainings) the centre's people
 *                        attended for it, or null
 */
@EndsAfterStart(start = "startedOn", end = "nextStepDue", message = "{portal.validation.followup.due-before-start}")
public record SupportDraft(
        @NotNull(message = "{portal.validation.required}") @Nullable SupportKind kind,
        @Nullable Difficulty difficulty,
        @Nullable String theme,
        @Nullable CooperationTheme cooperation,
        @NotNull(message = "{portal.validation.required}") @PortalYear @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        @Size(max = SupportDraft.SHORT, message = "{portal.validation.followup.too-long}") String staff,
        @Size(max = SupportDraft.SHORT, message = "{portal.validation.followup.too-long}") String centrePeople,
        Set<PartnerKind> partners,
        @Size(max = SupportDraft.SHORT, message = "{portal.validation.followup.too-long}") String partnerNames,
        @Size(max = SupportDraft.NOTES, message = "{portal.validation.followup.notes.size}")
        @Pattern(regexp = SupportDraft.NO_SCRIPT, message = "{portal.validation.followup.notes.script}") String notes,
        @Size(max = SupportDraft.SHORT, message = "{portal.validation.followup.too-long}") String nextStep,
        @Nullable LocalDate nextStepDue,
        @NotNull(message = "{portal.validation.required}") @Nullable SupportStatus status,
        @Size(max = SupportDraft.OUTCOME, message = "{portal.validation.followup.too-long}") String outcome,
        boolean confidential,
        Set<String> organisationIds,
        @Nullable String ameppSessionId) {

    public static final int SHORT = 300;
    public static final int OUTCOME = 2_000;
    public static final int NOTES = 5_000;
    /**
     * Markdown is shown escaped and sanitized anyway; a script tag in a follow-up note is refused
     * so the person learns it will not run rather than finding it silently removed.
     */
    static final String NO_SCRIPT = "(?is)^(?!.*<\\s*/?\\s*script).*$";

    public SupportDraft {
        staff = tidy(staff);
        centrePeople = tidy(centrePeople);
        partners = partners == null ? Set.of() : Set.copyOf(partners);
        partnerNames = tidy(partnerNames);
        notes = notes == null ? "" : notes;
        nextStep = tidy(nextStep);
        outcome = tidy(outcome);
        theme = theme == null || theme.isBlank() ? null : theme;
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
        ameppSessionId = ameppSessionId == null || ameppSessionId.isBlank() ? null : ameppSessionId;
    }

    /** A draft naming no organisation of the register and no AMEPP session. */
    public SupportDraft(@Nullable SupportKind kind, @Nullable Difficulty difficulty, @Nullable String theme,
            @Nullable CooperationTheme cooperation, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
            String staff, String centrePeople, Set<PartnerKind> partners, String partnerNames, String notes,
            String nextStep, @Nullable LocalDate nextStepDue, @Nullable SupportStatus status, String outcome,
            boolean confidential) {
        this(kind, difficulty, theme, cooperation, startedOn, endedOn, staff, centrePeople, partners, partnerNames,
                notes, nextStep, nextStepDue, status, outcome, confidential, Set.of(), null);
    }

    /** A new open action of this kind started on this date, nothing else filled in. */
    public static SupportDraft starting(SupportKind kind, LocalDate startedOn) {
        return new SupportDraft(kind, null, null, null, startedOn, null, "", "", Set.of(), "", "", "", null,
                SupportStatus.OPEN, "", false);
    }

    public boolean withMds() {
        return partners.contains(PartnerKind.MDS);
    }

    /** The same draft with these organisations of the register present. */
    public SupportDraft withOrganisations(Set<String> ids) {
        return new SupportDraft(kind, difficulty, theme, cooperation, startedOn, endedOn, staff, centrePeople,
                partners, partnerNames, notes, nextStep, nextStepDue, status, outcome, confidential, ids,
                ameppSessionId);
    }

    /** The same draft linked to this AMEPP session. */
    public SupportDraft withAmeppSession(@Nullable String sessionId) {
        return new SupportDraft(kind, difficulty, theme, cooperation, startedOn, endedOn, staff, centrePeople,
                partners, partnerNames, notes, nextStep, nextStepDue, status, outcome, confidential,
                organisationIds, sessionId);
    }

    private static String tidy(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
