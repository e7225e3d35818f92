package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.promeneurs.PromeneurStructures.Placement;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The register (annuaire) of Promeneurs du Net professionals: reading it within the caller's scope,
 * registering someone (refusing a second record for the same e-mail, warning about the same name in
 * the same structure), editing, and the dated status history, each change checked against the
 * version the caller saw.
 */
@Service
public class PromeneurRegister {

    private final ProfessionalRepository professionals;
    private final PromeneurStructures structures;
    private final PromeneurAccess access;
    private final InputValidation validation;
    private final AccountService accounts;

    PromeneurRegister(ProfessionalRepository professionals, PromeneurStructures structures, PromeneurAccess access,
            InputValidation validation, AccountService accounts) {
        this.professionals = professionals;
        this.structures = structures;
        this.access = access;
        this.validation = validation;
        this.accounts = accounts;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Professional> page(ProfessionalFilter filter, Pageable pageable) {
        return professionals.findPage(filter, access.visibleProfessionals(), access.today(), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(ProfessionalFilter filter) {
        return professionals.count(filter, access.visibleProfessionals(), access.today());
    }

    @PreAuthorize("isAuthenticated()")
    public Professional get(String id) {
        Professional professional = load(id);
        access.checkView(professional);
        return professional;
    }

    /** Whether the caller may change this professional's record (for screens to offer it). */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(String id) {
        return access.canEdit(get(id));
    }

    /**
     * Registers a professional with their first status. Refused when the e-mail is already known (a
     * returning professional keeps their record: add a new labelled period there); a namesake in the
     * same structure is refused with {@link PossibleDuplicateException} unless {@code despiteNamesake}.
     */
    @PreAuthorize("isAuthenticated()")
    public Professional register(ProfessionalDraft draft, StatusChangeDraft first, boolean despiteNamesake) {
        access.checkCreate(draft.centreId());
        Registration registration = check(draft, first);
        registration.problems().throwIfAny();
        if (!despiteNamesake && !registration.namesakes().isEmpty()) {
            throw new PossibleDuplicateException(registration.namesakes().getFirst());
        }
        return insert(draft, first, Objects.requireNonNull(registration.placement()));
    }

    /** What registering would refuse, where the professional would work and their namesakes there; nothing saved. */
    Registration check(ProfessionalDraft draft, StatusChangeDraft first) {
        Problems problems = validation.of(draft, first);
        checkFirstStatus(first, problems);
        professionals.findByEmail(EmailAddresses.normalise(draft.email())).ifPresent(existing -> problems
                .add("email", "promeneurs.duplicate.same-email", existing.fullName(), existing.getEmployer().name()));
        Placement placement = structures.place(draft, problems);
        List<Professional> namesakes = placement == null ? List.of() : professionals.findByNameKeyAndEmployerKey(
                Professional.nameKey(draft.firstName().strip(), draft.lastName().strip()),
                Professional.employerKey(placement.employer()));
        return new Registration(problems, placement, namesakes);
    }

    /** Saves a registration {@link #check} passed. */
    Professional insert(ProfessionalDraft draft, StatusChangeDraft first, Placement placement) {
        Professional professional = new Professional(draft, placement.employer(), placement.department(),
                placement.territoryHistory(), new StatusChange(first.status(), first.on(), first.reason()));
        try {
            return professionals.insert(professional);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("promeneurs.duplicate.same-email-now");
        }
    }

    record Registration(Problems problems, @Nullable Placement placement, List<Professional> namesakes) {
    }

    /**
     * Changes a professional's record. A record with its own sign-in account (DD015) signs in with
     * the record's address, so a new e-mail moves the sign-in too (the two never diverge), refused
     * next to the e-mail when another account of the portal already signs in with it.
     */
    @PreAuthorize("isAuthenticated()")
    public Professional update(String id, long expectedVersion, ProfessionalDraft draft) {
        Professional professional = load(id);
        access.checkEdit(professional);
        Problems problems = validation.of(draft);
        professionals.findByEmail(EmailAddresses.normalise(draft.email()))
                .filter(other -> !other.getId().equals(id)).ifPresent(other -> problems
                        .add("email", "promeneurs.duplicate.same-email", other.fullName(), other.getEmployer().name()));
        Employer employer = professional.getEmployer();
        boolean keepsEmployer = Objects.equals(draft.centreId(), employer.centreId())
                && Objects.equals(draft.structureId(), employer.structureId());
        boolean runsTheNetwork = access.canRunTheNetwork();
        if (!runsTheNetwork && !keepsEmployer) {
            // A director (or the professional themselves) may not move the record to another
            // employer, which would take it out of their sight; the coordinator does.
            throw PromeneurAccess.denied();
        }
        // They keep the employer as recorded: a professional may not read the centres' register.
        Placement placement = runsTheNetwork ? structures.place(draft, problems)
                : new Placement(employer, professional.getDepartment(), professional.getTerritoryHistory());
        String accountId = professional.getAccountId();
        String previousEmail = professional.getEmail();
        boolean movesSignIn = accountId != null && !problems.has("email")
                && !EmailAddresses.normalise(draft.email()).equals(previousEmail);
        if (movesSignIn && accounts.addressTakenByAnother(draft.email(), accountId)) {
            problems.add("email", "promeneurs.email.sign-in-taken");
        }
        problems.throwIfAny();
        checkVersion(professional, expectedVersion);
        professional.apply(draft, placement.employer(), placement.department(), placement.territoryHistory());
        if (!movesSignIn) {
            return save(professional, expectedVersion);
        }
        // No transaction spans two documents here: the sign-in moves first (its unique address is
        // the stricter check), and moves back if the record was changed meanwhile and is not saved.
        accounts.movePromeneurSignIn(accountId, draft.email());
        try {
            return save(professional, expectedVersion);
        } catch (UserFacingException notSaved) {
            accounts.movePromeneurSignIn(accountId, previousEmail);
            throw notSaved;
        }
    }

    /**
     * A new status from a date: not in the future, not before the last change (a label date after
     * the leaving date is refused), different from the status it follows; leaving needs a reason.
     * Labelling someone who left opens their next labelled period.
     */
    @PreAuthorize("isAuthenticated()")
    public Professional changeStatus(String id, long expectedVersion, StatusChangeDraft change) {
        Professional professional = load(id);
        access.checkRunTheNetwork();
        Problems problems = validation.of(change);
        if (!problems.has("status") && !problems.has("on")) {
            checkFirstStatus(change, problems);
            StatusChange last = professional.getStatusHistory().getLast();
            if (change.on().isBefore(last.on())) {
                problems.add("on", "promeneurs.status.before-last", FrenchDates.format(last.on()));
            }
            if (change.status() == last.status()) {
                problems.add("status", "promeneurs.status.unchanged");
            }
        }
        problems.throwIfAny();
        professional.changeStatus(new StatusChange(change.status(), change.on(),
                change.status() == ProfessionalStatus.LEFT ? change.reason() : null), access.today());
        return save(professional, expectedVersion);
    }

    private void checkFirstStatus(StatusChangeDraft change, Problems problems) {
        if (change.on() != null && change.on().isAfter(access.today())) {
            problems.add("on", "promeneurs.status.in-future");
        }
        if (change.status() == ProfessionalStatus.LEFT && change.reason() == null) {
            problems.add("reason", "promeneurs.status.reason-required");
        }
    }

    Professional load(String id) {
        return professionals.findById(id).orElseThrow(() -> new UserFacingException("promeneurs.not-found"));
    }

    private static void checkVersion(Professional professional, long expectedVersion) {
        if (professional.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    private Professional save(Professional professional, long expectedVersion) {
        checkVersion(professional, expectedVersion);
        try {
            return professionals.save(professional);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("promeneurs.duplicate.same-email-now");
        }
    }

    /** Whether the caller runs the network (labels, structures, events), for screens to offer it. */
    @PreAuthorize("isAuthenticated()")
    public boolean runsTheNetwork() {
        return access.canRunTheNetwork();
    }

    /** Today, in the portal's clock, for forms to default dates. */
    public LocalDate today() {
        return access.today();
    }
}
