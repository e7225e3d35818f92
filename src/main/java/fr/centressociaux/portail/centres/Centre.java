package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member structure. Everything that changes together lives in this one document (territory
 * history, membership years, figures, change history), so each change is one atomic write
 * guarded by {@code @Version}: the embedded database has no multi-document transactions.
 */
@Document("centres")
@CompoundIndex(name = "name_commune", def = "{'nameKey': 1, 'communeKey': 1}")
public class Centre extends AuditedDocument {

    @Id
    private @Nullable String id;
    private CentreProfile profile;
    private String nameKey;
    private String communeKey;
    @Indexed
    private Department department;
    @Indexed(sparse = true)
    private @Nullable String siret;
    private @Nullable Approval approval;
    /** The approvals this centre had before its current one, oldest first. */
    private List<Approval> approvalHistory = new ArrayList<>();
    private List<TerritoryPeriod> territoryHistory = new ArrayList<>();
    private List<MembershipYear> memberships = new ArrayList<>();
    private List<YearlyFigures> figures = new ArrayList<>();
    private @Nullable RoleHolder director;
    private @Nullable RoleHolder chair;
    private List<CentreChange> changes = new ArrayList<>();

    Centre(@Nullable String id, CentreProfile profile, Department department) {
        this.id = id;
        this.profile = profile;
        this.department = department;
        this.nameKey = SearchKeys.of(profile.name());
        this.communeKey = SearchKeys.of(profile.commune());
        this.siret = profile.siret();
    }

    public @Nullable String getId() {
        return id;
    }

    public CentreProfile getProfile() {
        return profile;
    }

    public Department getDepartment() {
        return department;
    }

    public @Nullable Approval getApproval() {
        return approval;
    }

    /** The approvals before the current one, oldest first. */
    public List<Approval> getApprovalHistory() {
        return List.copyOf(approvalHistory);
    }

    public List<TerritoryPeriod> getTerritoryHistory() {
        return List.copyOf(territoryHistory);
    }

    public List<MembershipYear> getMemberships() {
        return memberships.stream().sorted(Comparator.comparingInt(MembershipYear::year).reversed()).toList();
    }

    public List<YearlyFigures> getFigures() {
        return figures.stream().sorted(Comparator.comparingInt(YearlyFigures::year).reversed()).toList();
    }

    public @Nullable RoleHolder getDirector() {
        return director;
    }

    /**
     * The director has an address but no account linked: after an approval naming an address that
     * already had an account, or an import. An admin may link the account of that address.
     */
    public boolean hasUnlinkedDirector() {
        return director != null && director.email() != null && director.accountId() == null;
    }

    public @Nullable RoleHolder getChair() {
        return chair;
    }

    /** Newest first. */
    public List<CentreChange> getChanges() {
        return changes.reversed();
    }

    public Optional<String> territoryOn(LocalDate date) {
        return TerritoryPeriod.territoryOn(territoryHistory, date);
    }

    /** Whether the centre was a member on the date: a member row for that year, joined by then, not yet left. */
    public boolean isMemberOn(LocalDate date) {
        return membership(date.getYear()).filter(row -> row.status() == MembershipStatus.MEMBER
                || row.leftOn() != null && !row.leftOn().isBefore(date))
                .filter(row -> row.since() == null || !row.since().isAfter(date))
                .filter(row -> row.leftOn() == null || !row.leftOn().isBefore(date)).isPresent();
    }

    /** Whether the centre was a member for some of the year: a member row, or one with a departure date. */
    public boolean wasMemberDuring(int year) {
        return membership(year).filter(MembershipYear::memberForSomeOfTheYear).isPresent();
    }

    /**
     * Whether the meetings of that date invite the centre: a member then, or a member of the year
     * before that has not answered the membership campaign yet (DD012).
     */
    public boolean isInvitableOn(LocalDate date) {
        return isMemberOn(date) || membership(date.getYear()).filter(row -> row.status() == MembershipStatus.TO_RENEW)
                .isPresent();
    }

    public Optional<MembershipYear> membership(int year) {
        return memberships.stream().filter(row -> row.year() == year).findFirst();
    }

    void changeProfile(CentreProfile newProfile, Department newDepartment) {
        this.profile = newProfile;
        this.department = newDepartment;
        this.nameKey = SearchKeys.of(newProfile.name());
        this.communeKey = SearchKeys.of(newProfile.commune());
        this.siret = newProfile.siret();
    }

    /**
     * Moves the centre to a territory from a date: the current period ends the day before and
     * earlier periods stay as they were. History is never rewritten, so the date must come after
     * the start of the current period.
     */
    void moveTo(String territoryId, LocalDate from) {
        if (territoryHistory.isEmpty()) {
            territoryHistory.add(new TerritoryPeriod(territoryId, from, null));
            return;
        }
        TerritoryPeriod current = territoryHistory.getLast();
        if (!from.isAfter(current.from())) {
            throw new UserFacingException("centre.territory.move-before-current", FrenchDates.format(current.from()));
        }
        if (current.territoryId().equals(territoryId)) {
            throw new UserFacingException("centre.territory.same");
        }
        territoryHistory.set(territoryHistory.size() - 1,
                new TerritoryPeriod(current.territoryId(), current.from(), from.minusDays(1)));
        territoryHistory.add(new TerritoryPeriod(territoryId, from, null));
    }

    void putMembership(MembershipYear row) {
        memberships.removeIf(existing -> existing.year() == row.year());
        memberships.add(row);
    }

    void putFigures(YearlyFigures row) {
        figures.removeIf(existing -> existing.year() == row.year());
        figures.add(row);
    }

    /** A new approval (another start) sends the current one to the history; a change of it does not. */
    void changeApproval(@Nullable Approval newApproval) {
        if (newApproval != null && approval != null && newApproval.replaces(approval)) {
            approvalHistory.add(approval);
        }
        this.approval = newApproval;
    }

    void changeDirector(@Nullable RoleHolder holder) {
        this.director = holder;
    }

    void changeChair(@Nullable RoleHolder holder) {
        this.chair = holder;
    }

    void record(List<CentreChange> newChanges) {
        changes.addAll(newChanges);
    }
}
