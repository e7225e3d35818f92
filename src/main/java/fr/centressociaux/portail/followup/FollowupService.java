package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.followup.internal.SupportActionRepository;
import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Each centre's follow-up file: reading its support actions a page at a time and recording or
 * changing them, each checked against the caller's rights ({@link FollowupAccess}), validated again
 * (the form's constraints and the rules of the kind), and saved against the version the caller saw,
 * so a second delegate editing the same action is told instead of overwriting the first.
 */
@Service
public class FollowupService {

    private final SupportActionRepository actions;
    private final SupportThemeRepository themes;
    private final KnownThemes knownThemes;
    private final FollowupAccess access;
    private final InputValidation validation;
    private final PartnerOrganisations organisations;
    private final AmeppSessions amepp;
    private final Clock clock;

    FollowupService(SupportActionRepository actions, SupportThemeRepository themes, KnownThemes knownThemes,
            FollowupAccess access, InputValidation validation, PartnerOrganisations organisations, AmeppSessions amepp,
            Clock clock) {
        this.clock = clock;
        this.knownThemes = knownThemes;
        this.organisations = organisations;
        this.amepp = amepp;
        this.actions = actions;
        this.themes = themes;
        this.access = access;
        this.validation = validation;
    }

    /** The file's heading: the centre, and whether the caller may add to it. */
    @PreAuthorize("isAuthenticated()")
    public SupportFile file(String centreId) {
        Centre centre = access.checkReadFile(centreId);
        return new SupportFile(centre, access.writesFiles());
    }

    /** The centre's actions, newest first; without the confidential ones for a director. */
    @PreAuthorize("isAuthenticated()")
    public List<SupportAction> actions(String centreId, Pageable pageable) {
        access.checkReadFile(centreId);
        return access.readsConfidential() ? actions.findByCentreIdOrderByStartedOnDesc(centreId, pageable)
                : actions.findByCentreIdAndConfidentialFalseOrderByStartedOnDesc(centreId, pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String centreId) {
        access.checkReadFile(centreId);
        return access.readsConfidential() ? actions.countByCentreId(centreId)
                : actions.countByCentreIdAndConfidentialFalse(centreId);
    }

    @PreAuthorize("isAuthenticated()")
    public SupportAction get(String actionId) {
        SupportAction action = load(actionId);
        access.checkReadFile(action.getCentreId());
        if (action.isConfidential() && !access.readsConfidential()) {
            throw FollowupAccess.denied();
        }
        return action;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public SupportAction record(String centreId, SupportDraft draft) {
        Centre centre = access.checkWriteFile(centreId);
        List<PartnerOrganisation> present = check(centreId, draft);
        SupportAction action = new SupportAction(centreId, centre.getProfile().name(), centre.getDepartment(),
                draft.kind(), draft.startedOn(), draft.status());
        action.apply(draft, centre.territoryOn(draft.startedOn()).orElse(null), LocalDate.now(clock), present);
        return actions.save(action);
    }

    /** Changes an action as it was at {@code expectedVersion}; refused when someone saved it since. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public SupportAction update(String actionId, long expectedVersion, SupportDraft draft) {
        SupportAction action = load(actionId);
        Centre centre = access.checkWriteFile(action.getCentreId());
        List<PartnerOrganisation> present = check(action.getCentreId(), draft);
        if (action.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        action.apply(draft, centre.territoryOn(draft.startedOn()).orElse(null), LocalDate.now(clock), present);
        try {
            return actions.save(action);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    /** The themes of thematic supports, by label. */
    @PreAuthorize("isAuthenticated()")
    public List<SupportTheme> themes() {
        return themes.findAll(Sort.by("label"));
    }

    /** Adds a theme of thematic supports (staff only: the list is the federation's). */
    @PreAuthorize("hasRole('ADMIN')")
    public SupportTheme addTheme(String code, String label) {
        if (!code.matches("[a-z0-9-]{2,30}") || label.isBlank() || label.length() > 80) {
            throw new UserFacingException("followup.theme.invalid");
        }
        SupportTheme saved = themes.save(new SupportTheme(code, label.strip()));
        knownThemes.forget();
        return saved;
    }

    /**
     * The draft's constraints again, and what depends on its kind and status, its organisations (of
     * the register) and its AMEPP session (one the centre's people attended, for a renewal only).
     * Gives the organisations present.
     */
    private List<PartnerOrganisation> check(String centreId, SupportDraft draft) {
        Problems problems = validation.of(draft);
        if (draft.kind() != null && draft.kind().isDifficulty() && draft.difficulty() == null) {
            problems.add("difficulty", "followup.rule.difficulty.required");
        }
        if (draft.kind() == SupportKind.THEMATIC
                && (draft.theme() == null || !themes.existsById(draft.theme()))) {
            problems.add("theme", "followup.rule.theme.required");
        }
        if (draft.status() == SupportStatus.CLOSED && draft.outcome().isBlank()) {
            problems.add("outcome", "followup.rule.outcome.required");
        }
        if (draft.endedOn() != null && draft.startedOn() != null && draft.endedOn().isBefore(draft.startedOn())) {
            problems.add("endedOn", "followup.rule.ended-before-start");
        }
        List<PartnerOrganisation> present = organisations.allOf(draft.organisationIds());
        if (present.size() != draft.organisationIds().size()) {
            problems.add("organisationIds", "followup.rule.organisation.unknown");
        }
        if (draft.ameppSessionId() != null && (draft.kind() != SupportKind.PROJECT_RENEWAL
                || amepp.attendedBy(centreId, draft.ameppSessionId()).isEmpty())) {
            problems.add("ameppSessionId", "followup.rule.amepp.unknown");
        }
        problems.throwIfAny();
        return present;
    }

    private SupportAction load(String actionId) {
        return actions.findById(actionId).orElseThrow(() -> new UserFacingException("followup.action.not-found"));
    }
}
