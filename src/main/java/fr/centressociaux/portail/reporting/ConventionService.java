package fr.centressociaux.portail.reporting;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.reporting.internal.ConventionRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.territories.Funder;
import fr.centressociaux.portail.territories.Funders;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Conventions as data (DD013): staff create one for a department's funder and give it its fiches
 * action, objectives and indicators; everyone signed in reads those their role allows
 * ({@link ReportingAccess}). Refused in French: a bilan deadline before the first year ends, a
 * schedule not adding up to 100 %, years overlapping another convention of the same funder with
 * the same network head (the Département signs one with each network).
 */
@Service
public class ConventionService {

    private final ConventionRepository conventions;
    private final Funders funders;
    private final InputValidation validation;
    private final ReportingAccess access;

    ConventionService(ConventionRepository conventions, Funders funders, InputValidation validation,
            ReportingAccess access) {
        this.conventions = conventions;
        this.funders = funders;
        this.validation = validation;
        this.access = access;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Convention create(ConventionDraft draft) {
        check(draft, null);
        String funder = funderOf(draft);
        return conventions.save(new Convention(draft.department(), funder, draft.networkHead().strip(),
                draft.firstYear(), draft.lastYear(), draft.amountPerYear(), draft.schedule(), draft.bilanDeadline()));
    }

    /**
     * Changes a convention's terms, if it is the version the editor saw. Submitted bilans keep the
     * figures and narratives frozen at their submission: only bilans still to submit follow.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Convention update(String id, long expectedVersion, ConventionDraft draft) {
        Convention convention = load(id);
        if (convention.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        check(draft, id);
        convention.changeTerms(draft.department(), funderOf(draft), draft.networkHead().strip(), draft.firstYear(),
                draft.lastYear(), draft.amountPerYear(), draft.schedule(), draft.bilanDeadline());
        return save(convention);
    }

    /** The terms as an editor starts from them. */
    public static ConventionDraft draftOf(Convention convention) {
        return new ConventionDraft(convention.getDepartment(), convention.getNetworkHead(), convention.getFirstYear(),
                convention.getLastYear(), convention.getAmountPerYear(), convention.getSchedule(),
                convention.getBilanDeadline());
    }

    private void check(ConventionDraft draft, @org.jspecify.annotations.Nullable String changedId) {
        Problems problems = validation.of(draft);
        if (!problems.list().isEmpty()) {
            problems.throwIfAny();
        }
        if (draft.lastYear() < draft.firstYear()) {
            problems.add("lastYear", "reporting.convention.last-year");
        }
        LocalDate endOfYear = LocalDate.of(draft.firstYear(), 12, 31);
        if (!draft.bilanDeadline().isAfter(endOfYear)) {
            problems.add("bilanDeadline", "reporting.convention.deadline", String.valueOf(draft.firstYear()));
        }
        if (draft.schedule().stream().mapToInt(Instalment::percent).sum() != 100) {
            problems.add("schedule", "reporting.convention.schedule");
        }
        conventions.findByDepartmentAndNetworkHeadKeyAndFirstYearLessThanEqualAndLastYearGreaterThanEqual(
                draft.department(), SearchKeys.of(draft.networkHead()), draft.lastYear(), draft.firstYear()).stream()
                .filter(other -> !other.getId().equals(changedId)).findFirst().ifPresent(other -> problems.add("firstYear", "reporting.convention.overlap",
                        other.getFunderName(), other.getNetworkHead(), String.valueOf(other.getFirstYear()),
                        String.valueOf(other.getLastYear())));
        problems.throwIfAny();
    }

    private String funderOf(ConventionDraft draft) {
        return funders.of(draft.department()).map(Funder::getName)
                .orElseThrow(() -> new UserFacingException("reporting.convention.no-funder"));
    }

    /** Gives the convention its fiches action, objectives and indicators, if it is the version the editor saw. */
    @PreAuthorize("hasRole('ADMIN')")
    public Convention replaceFiches(String id, long expectedVersion, List<FicheAction> fiches) {
        Convention convention = load(id);
        if (convention.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        checkNamed(fiches);
        convention.setFiches(fiches);
        return save(convention);
    }

    /** Every fiche, objective and indicator has its words, and every indicator a measure. */
    private void checkNamed(List<FicheAction> fiches) {
        Problems problems = validation.none();
        for (int f = 0; f < fiches.size(); f++) {
            FicheAction fiche = fiches.get(f);
            String fichepath = "fiches[" + f + "]";
            requireWords(problems, fichepath + ".title", fiche.title());
            for (int o = 0; o < fiche.objectives().size(); o++) {
                Objective objective = fiche.objectives().get(o);
                String objectivePath = fichepath + ".objectives[" + o + "]";
                requireWords(problems, objectivePath + ".title", objective.title());
                for (int i = 0; i < objective.indicators().size(); i++) {
                    Indicator indicator = objective.indicators().get(i);
                    String indicatorPath = objectivePath + ".indicators[" + i + "]";
                    requireWords(problems, indicatorPath + ".label", indicator.label());
                    requireWords(problems, indicatorPath + ".measure", indicator.measure().measureId());
                }
            }
        }
        problems.throwIfAny();
    }

    private static void requireWords(Problems problems, String field, @org.jspecify.annotations.Nullable String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "reporting.convention.words-required");
        } else if (text.length() > ConventionDraft.MAX_TITLE) {
            problems.add(field, "reporting.convention.words-too-long", ConventionDraft.MAX_TITLE);
        }
    }

    private Convention save(Convention convention) {
        try {
            return conventions.save(convention);
        } catch (OptimisticLockingFailureException raced) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    @PreAuthorize("isAuthenticated()")
    public Convention get(String id) {
        Convention convention = load(id);
        access.checkRead(convention);
        return convention;
    }

    /** The conventions the caller may read, latest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Convention> list() {
        return conventions.findAllByOrderByFirstYearDescDepartmentAsc().stream().filter(access::canRead).toList();
    }

    /** "30 juin 2025" */
    public static String deadline(Convention convention, int year) {
        return FrenchDates.format(convention.deadlineFor(year));
    }

    private Convention load(String id) {
        return conventions.findById(id).orElseThrow(() -> new UserFacingException("reporting.convention.not-found"));
    }
}
