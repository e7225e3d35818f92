package fr.centressociaux.portail.centres;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The member centres: reading the directory and a centre's page, and every change, each checked
 * against the caller's rights ({@link CentreAccess}) and the version the caller saw, so a second
 * concurrent save is refused instead of silently overwriting the first.
 */
@Service
public class CentreService {

    private final CentreRepository centres;
    private final CentreAccess access;
    private final TerritoryService territories;
    private final Texts texts;
    private final Clock clock;
    private final InputValidation validation;

    private final ApplicationEventPublisher events;

    CentreService(CentreRepository centres, CentreAccess access, TerritoryService territories, Texts texts,
            Clock clock, InputValidation validation, ApplicationEventPublisher events) {
        this.events = events;
        this.validation = validation;
        this.centres = centres;
        this.access = access;
        this.territories = territories;
        this.texts = texts;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Centre> page(CentreFilter filter, Pageable pageable) {
        return centres.findPage(filter, access.visibleCentres(), access.today(), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(CentreFilter filter) {
        return centres.count(filter, access.visibleCentres(), access.today());
    }

    @PreAuthorize("isAuthenticated()")
    public Centre get(String id) {
        Centre centre = load(id);
        access.checkView(centre);
        return centre;
    }

    /** What the caller may change on the centre, for screens to show the rest read-only. */
    @PreAuthorize("isAuthenticated()")
    public CentrePermissions permissions(String id) {
        Centre centre = load(id);
        access.checkView(centre);
        return access.permissionsOn(centre);
    }

    /** The territory the centre belonged to on the date, for those who may see the centre. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> territoryOn(String centreId, LocalDate date) {
        return get(centreId).territoryOn(date);
    }

    /**
     * The centres that belonged to the territory on the date. For federation staff: network-wide
     * counts need every territory, and the list carries people's contact details.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public List<Centre> centresInTerritoryOn(String territoryId, LocalDate date) {
        return centres.findInTerritoryOn(territoryId, date);
    }

    /**
     * The member centres of these territories on the date: in one of them then, and members that
     * day (joined by then, not yet left) or still "à renouveler" for that year during its
     * membership campaign. Meetings invite them and count against them.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public List<Centre> membersInTerritoriesOn(java.util.Collection<String> territoryIds, LocalDate date) {
        return territoryIds.stream().flatMap(territoryId -> centres.findInTerritoryOn(territoryId, date).stream())
                .filter(centre -> centre.isInvitableOn(date)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Centre updateProfile(String id, long expectedVersion, CentreProfile profile, @Nullable RoleHolder director,
            @Nullable RoleHolder chair) {
        validation.of(profile, new Holders(director, chair)).throwIfAny();
        CentreProfile valid = CentreProfiles.tidy(profile);
        RoleHolder newDirector = CentreProfiles.tidyHolder(director);
        RoleHolder newChair = CentreProfiles.tidyHolder(chair);
        return change(id, expectedVersion, access::checkEditProfile,
                (centre, changes) -> recordProfile(centre, valid, accountLinkKept(centre.getDirector(), newDirector),
                        accountLinkKept(centre.getChair(), newChair), changes));
    }

    /**
     * The account a role holder is linked to is never taken from the caller: it is kept while the
     * email stays the same, and dropped when another person takes the role.
     */
    private static @Nullable RoleHolder accountLinkKept(@Nullable RoleHolder before, @Nullable RoleHolder after) {
        if (after == null) {
            return null;
        }
        boolean samePerson = before != null && before.email() != null && before.email().equalsIgnoreCase(after.email());
        return new RoleHolder(after.name(), after.email(), samePerson ? before.accountId() : null);
    }

    @PreAuthorize("isAuthenticated()")
    public Centre putFigures(String id, long expectedVersion, YearlyFigures figures) {
        validation.check(figures);
        return change(id, expectedVersion, access::checkEditProfile,
                (centre, changes) -> recordFigures(centre, figures, changes));
    }

    @PreAuthorize("isAuthenticated()")
    public Centre changeApproval(String id, long expectedVersion, @Nullable Approval approval) {
        if (approval != null) {
            validation.check(approval);
        }
        return change(id, expectedVersion, access::checkEditFederationFields,
                (centre, changes) -> recordApproval(centre, approval, changes));
    }

    @PreAuthorize("isAuthenticated()")
    public Centre putMembership(String id, long expectedVersion, MembershipYear row) {
        MembershipYear valid = validMembership(row);
        return change(id, expectedVersion, access::checkEditFederationFields,
                (centre, changes) -> recordMembership(centre, valid, changes));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Centre moveTerritory(String id, long expectedVersion, TerritoryMove move) {
        Problems problems = validation.of(move);
        Territory target = move.territoryId() == null ? null : territories.get(move.territoryId()).orElse(null);
        if (move.territoryId() != null && target == null) {
            problems.add("territoryId", "territory.not-found");
        } else if (target != null && move.from() != null && !target.isValidOn(move.from())) {
            problems.add("territoryId", "centre.territory.not-valid-on", target.getName(), FrenchDates.format(move.from()));
        }
        problems.throwIfAny();
        LocalDate from = Objects.requireNonNull(move.from());
        Centre moved = change(id, expectedVersion, centre -> access.checkMoveTerritory(),
                (centre, changes) -> recordMove(centre, Objects.requireNonNull(target), from, changes));
        events.publishEvent(new CentreTerritoryMoved(moved.getId(), moved.getTerritoryHistory()));
        return moved;
    }

    /** Existing centres that look like this profile: same SIRET, or same name in the same commune. */
    List<Centre> lookalikes(CentreProfile profile) {
        Map<String, Centre> found = new LinkedHashMap<>();
        if (profile.siret() != null && !profile.siret().isBlank()) {
            centres.findBySiret(Siret.clean(profile.siret())).forEach(centre -> found.put(centre.getId(), centre));
        }
        centres.findByNameAndCommuneKeys(SearchKeys.of(profile.name()), SearchKeys.of(profile.commune()))
                .forEach(centre -> found.put(centre.getId(), centre));
        return List.copyOf(found.values());
    }

    /** A new member centre, from an approved application or an import. Rights are the caller's job. */
    Centre create(@Nullable String id, CentreProfile profile, String territoryId, LocalDate territoryFrom, List<MembershipYear> memberships,
            @Nullable RoleHolder director, @Nullable RoleHolder chair, String actor) {
        return create(id, profile, territoryId, territoryFrom, memberships, director, chair, actor, (centre, changes) -> {
        });
    }

    /**
     * A new member centre completed by {@code more} (approval, figures, later territory periods)
     * before its first write, so the whole centre is one atomic insert.
     */
    Centre create(@Nullable String id, CentreProfile profile, String territoryId, LocalDate territoryFrom,
            List<MembershipYear> memberships, @Nullable RoleHolder director, @Nullable RoleHolder chair, String actor,
            Edit more) {
        CentreProfile valid = CentreProfiles.tidy(validation.check(profile));
        Centre centre = new Centre(id, valid, departmentOf(valid));
        centre.moveTo(territoryId, territoryFrom);
        memberships.forEach(centre::putMembership);
        centre.changeDirector(director);
        centre.changeChair(chair);
        ChangeList changes = new ChangeList(clock.instant(), actor).compare("centre.field.created", null, valid.name());
        more.apply(centre, changes);
        centre.record(changes.changes());
        return centres.insert(centre);
    }

    /** A change history entry list for a change made now by the caller. */
    ChangeList changesNow() {
        return new ChangeList(clock.instant(), access.actor());
    }

    /** Saves a centre changed by trusted code (import, approval), with its history. */
    Centre saveTrusted(Centre centre, ChangeList changes) {
        centre.record(changes.changes());
        try {
            return centres.save(centre);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    /** Records the director's account on the centre once the account exists. */
    Centre linkDirectorAccount(Centre centre, String accountId) {
        RoleHolder director = centre.getDirector();
        if (director == null) {
            return centre;
        }
        centre.changeDirector(new RoleHolder(director.name(), director.email(), accountId));
        return saveTrusted(centre, new ChangeList(clock.instant(), access.actor()));
    }

    Optional<Centre> find(String id) {
        return centres.findById(id);
    }

    private Centre change(String id, long expectedVersion, Consumer<Centre> check, Edit edit) {
        Centre centre = load(id);
        check.accept(centre);
        if (centre.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        ChangeList changes = new ChangeList(clock.instant(), access.actor());
        edit.apply(centre, changes);
        if (changes.isEmpty()) {
            return centre;
        }
        return saveTrusted(centre, changes);
    }

    private Centre load(String id) {
        return centres.findById(id).orElseThrow(() -> new UserFacingException("centre.not-found"));
    }

    private static Department departmentOf(CentreProfile profile) {
        return Department.ofPostalCode(profile.postalCode()).orElseThrow();
    }

    /** Checks the year and the reason of a membership row; the import reports the refusal on its row. */
    MembershipYear validMembership(MembershipYear row) {
        membershipProblems(row).throwIfAny();
        String reason = row.reason() == null || row.reason().isBlank() ? null : row.reason().strip();
        return new MembershipYear(row.year(), row.status(), row.since(), row.leftOn(), reason);
    }

    /** The row's constraints, and a year at most next year (by the portal's clock, which no constraint reads). */
    Problems membershipProblems(MembershipYear row) {
        int nextYear = LocalDate.now(clock).getYear() + 1;
        Problems problems = validation.of(row);
        if (row.year() > nextYear && !problems.has("year")) {
            problems.add("year", "centre.membership.year-invalid", nextYear);
        }
        return problems;
    }

    /** The role holders of a profile edit, so their problems are told under {@code director.name}… */
    record Holders(@Valid @Nullable RoleHolder director, @Valid @Nullable RoleHolder chair) {
    }

    /** The problems of a profile, a role holder, figures or an approval read from an imported file. */
    List<FieldProblem> problemsOf(Object imported) {
        return validation.of(imported).list();
    }

    // Each change below is shared by the forms (one field at a time) and the import (a whole row):
    // it records what really changed, as displayed text, then applies it.

    void recordProfile(Centre centre, CentreProfile valid, @Nullable RoleHolder director, @Nullable RoleHolder chair,
            ChangeList changes) {
        CentreProfile old = centre.getProfile();
        changes.compare("centre.field.name", old.name(), valid.name())
                .compare("centre.field.kind", label(old.kind().labelKey()), label(valid.kind().labelKey()))
                .compare("centre.field.management", label(old.management().labelKey()),
                        label(valid.management().labelKey()))
                .compare("centre.field.street", old.street(), valid.street())
                .compare("centre.field.postal-code", old.postalCode(), valid.postalCode())
                .compare("centre.field.commune", old.commune(), valid.commune())
                .compare("centre.field.epci", old.epci(), valid.epci())
                .compare("centre.field.email", old.email(), valid.email())
                .compare("centre.field.phone", old.phone(), valid.phone())
                .compare("centre.field.website", old.website(), valid.website())
                .compare("centre.field.siret", old.siret(), valid.siret())
                .compare("centre.field.director", holder(centre.getDirector()), holder(director))
                .compare("centre.field.chair", holder(centre.getChair()), holder(chair));
        centre.changeProfile(valid, departmentOf(valid));
        centre.changeDirector(director);
        centre.changeChair(chair);
    }

    void recordFigures(Centre centre, YearlyFigures figures, ChangeList changes) {
        YearlyFigures before = centre.getFigures().stream().filter(row -> row.year() == figures.year()).findFirst()
                .orElse(null);
        changes.compare("centre.field.figures", figures(before), figures(figures));
        centre.putFigures(figures);
    }

    void recordApproval(Centre centre, @Nullable Approval approval, ChangeList changes) {
        changes.compare("centre.field.approval", approval(centre.getApproval()), approval(approval));
        centre.changeApproval(approval);
    }

    void recordMembership(Centre centre, MembershipYear row, ChangeList changes) {
        changes.compare("centre.field.membership", centre.membership(row.year()).map(this::membership).orElse(null),
                membership(row));
        centre.putMembership(row);
    }

    /** Moves the centre to a territory from a date; refuses to rewrite past periods. */
    void recordMove(Centre centre, Territory target, LocalDate from, ChangeList changes) {
        String before = centre.getTerritoryHistory().isEmpty() ? null
                : centre.getTerritoryHistory().getLast().territoryId();
        centre.moveTo(target.getId(), from);
        changes.compare("centre.field.territory", territoryName(before),
                texts.get("centre.change.territory-from", target.getName(), FrenchDates.format(from)));
    }

    private @Nullable String territoryName(@Nullable String territoryId) {
        return territoryId == null ? null : territories.get(territoryId).map(t -> t.getName()).orElse(territoryId);
    }

    private static @Nullable String holder(@Nullable RoleHolder holder) {
        return holder == null ? null : holder.name() + (holder.email() == null ? "" : " <" + holder.email() + ">");
    }

    private @Nullable String figures(@Nullable YearlyFigures row) {
        return row == null ? null : texts.get("centre.change.figures", String.valueOf(row.year()), row.employees(),
                row.fullTimeEquivalent(), row.volunteers());
    }

    private @Nullable String approval(@Nullable Approval approval) {
        if (approval == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (approval.kind() != null) {
            text.append(texts.get(approval.kind().labelKey())).append(", ");
        }
        text.append(FrenchDates.format(approval.start())).append(" → ").append(FrenchDates.format(approval.end()));
        approval.lastStep().ifPresent(step -> text.append(", ").append(texts.get(step.labelKey())));
        return text.toString();
    }

    // The history keeps what people read, in French, as it read at the time of the change.
    private String membership(MembershipYear row) {
        return row.year() + " : " + label(row.status().labelKey()) + (row.reason() == null ? "" : " (" + row.reason() + ")");
    }

    private String label(String key) {
        return texts.get(key);
    }

    /** A change made to a loaded (or new) centre, recorded in {@code changes}. */
    @FunctionalInterface
    interface Edit {
        void apply(Centre centre, ChangeList changes);
    }

}
