package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A youth worker of the Promeneurs du Net network, one record for life: the status history is
 * dated, so a professional who left and came back keeps this record with a second
 * {@link LabelledPeriod}. The employer's territory history is copied here when the employer is
 * set (from the centre, or from the structure's commune), so scoped lists and yearly figures
 * query one collection (DD015).
 */
@Document("pdn_professionals")
@CompoundIndex(name = "name_employer", def = "{'nameKey': 1, 'employerKey': 1}")
public class Professional extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String firstName;
    private String lastName;
    private String nameKey;
    @Indexed(unique = true)
    private String email;
    private @Nullable String phone;
    private String jobTitle;
    private Employer employer;
    /** Centre or structure id: where "same name in the same structure" is looked for. */
    private String employerKey;
    private Department department;
    private List<TerritoryPeriod> territoryHistory;
    private @Nullable LocalDate conventionSignedOn;
    private @Nullable LocalDate conventionEndsOn;
    private List<NetworkPresence> networks;
    private @Nullable Integer ageFrom;
    private @Nullable Integer ageTo;
    private String themes;
    private List<StatusChange> statusHistory = new ArrayList<>();
    /** The status today, kept in step with the history for filters. */
    private ProfessionalStatus status;
    @Indexed(unique = true)
    private String reminderToken = UUID.randomUUID().toString();
    private boolean remindersOff;
    /** The PROMENEUR account invited for this person, through which they keep their own record. */
    @Indexed(unique = true, sparse = true)
    private @Nullable String accountId;

    /** For Spring Data, which fills the fields from the stored document. */
    @PersistenceCreator
    private Professional() {
    }

    Professional(ProfessionalDraft draft, Employer employer, Department department,
            List<TerritoryPeriod> territoryHistory, StatusChange first) {
        apply(draft, employer, department, territoryHistory);
        this.statusHistory.add(first);
        this.status = first.status();
    }

    void apply(ProfessionalDraft draft, Employer employer, Department department,
            List<TerritoryPeriod> territoryHistory) {
        this.firstName = draft.firstName().strip();
        this.lastName = draft.lastName().strip();
        this.nameKey = nameKey(firstName, lastName);
        this.email = EmailAddresses.normalise(draft.email());
        this.phone = draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().strip();
        this.jobTitle = draft.jobTitle().strip();
        this.employer = employer;
        this.employerKey = employerKey(employer);
        this.department = department;
        this.territoryHistory = List.copyOf(territoryHistory);
        this.conventionSignedOn = draft.conventionSignedOn();
        this.conventionEndsOn = draft.conventionEndsOn();
        this.networks = draft.networks().stream()
                .map(presence -> new NetworkPresence(presence.network(), presence.handle().strip())).toList();
        this.ageFrom = draft.ageFrom();
        this.ageTo = draft.ageTo();
        this.themes = draft.themes().strip();
    }

    static String nameKey(String firstName, String lastName) {
        return SearchKeys.of(lastName + " " + firstName);
    }

    /** The employer's territories changed (a centre moved, a commune was mapped): the copy follows. */
    void relocate(List<TerritoryPeriod> territoryHistory) {
        this.territoryHistory = List.copyOf(territoryHistory);
    }

    static String employerKey(Employer employer) {
        return employer.centreId() != null ? centreKey(employer.centreId()) : "structure:" + employer.structureId();
    }

    static String centreKey(String centreId) {
        return "centre:" + centreId;
    }

    /** Appends a change; the caller checked it follows the last one. */
    void changeStatus(StatusChange change, LocalDate today) {
        statusHistory.add(change);
        statusHistory.sort(Comparator.comparing(StatusChange::on));
        this.status = statusOn(today).orElse(change.status());
    }

    /** The account the coordinator invited for this person; one record, one account. */
    void linkAccount(String accountId) {
        this.accountId = accountId;
    }

    public @Nullable String getAccountId() {
        return accountId;
    }

    void setRemindersOff(boolean off) {
        this.remindersOff = off;
    }

    public Optional<ProfessionalStatus> statusOn(LocalDate date) {
        ProfessionalStatus found = null;
        for (StatusChange change : statusHistory) {
            if (!change.on().isAfter(date)) {
                found = change.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Labelled (or suspended, which keeps the label) on the date. */
    public boolean isLabelledOn(LocalDate date) {
        return statusOn(date).map(ProfessionalStatus::holdsLabel).orElse(false);
    }

    /** Each stretch from a labelling to the next departure, numbered in order. */
    public List<LabelledPeriod> labelledPeriods() {
        List<LabelledPeriod> periods = new ArrayList<>();
        LocalDate start = null;
        for (StatusChange change : statusHistory) {
            if (change.status() == ProfessionalStatus.LABELLED && start == null) {
                start = change.on();
            } else if (change.status() == ProfessionalStatus.LEFT && start != null) {
                periods.add(new LabelledPeriod(periods.size() + 1, start, change.on()));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new LabelledPeriod(periods.size() + 1, start, null));
        }
        return periods;
    }

    /** The CAF label date: the start of the latest labelled period. */
    public Optional<LocalDate> labelDate() {
        List<LabelledPeriod> periods = labelledPeriods();
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.getLast().from());
    }

    /** Why the labelled period ending on {@code day} ended; empty when none ends then. */
    public Optional<LeavingReason> reasonForLeavingOn(LocalDate day) {
        return statusHistory.stream().filter(change -> change.status() == ProfessionalStatus.LEFT
                && change.on().equals(day)).map(StatusChange::reason).filter(java.util.Objects::nonNull).findFirst();
    }

    /** The latest departure, with its reason, when the professional has left. */
    public Optional<StatusChange> leaving() {
        return status == ProfessionalStatus.LEFT ? Optional.of(statusHistory.getLast()) : Optional.empty();
    }

    public Optional<String> territoryOn(LocalDate date) {
        return territoryHistory.stream().filter(period -> period.covers(date)).map(TerritoryPeriod::territoryId)
                .findFirst();
    }

    public @Nullable String getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Employer getEmployer() {
        return employer;
    }

    public Department getDepartment() {
        return department;
    }

    public List<TerritoryPeriod> getTerritoryHistory() {
        return territoryHistory;
    }

    public @Nullable LocalDate getConventionSignedOn() {
        return conventionSignedOn;
    }

    public @Nullable LocalDate getConventionEndsOn() {
        return conventionEndsOn;
    }

    public List<NetworkPresence> getNetworks() {
        return networks;
    }

    public @Nullable Integer getAgeFrom() {
        return ageFrom;
    }

    public @Nullable Integer getAgeTo() {
        return ageTo;
    }

    public String getThemes() {
        return themes;
    }

    public List<StatusChange> getStatusHistory() {
        return List.copyOf(statusHistory);
    }

    public ProfessionalStatus getStatus() {
        return status;
    }

    String getReminderToken() {
        return reminderToken;
    }

    public boolean isRemindersOff() {
        return remindersOff;
    }

    /** The draft this record was saved from, for the edit form. */
    public ProfessionalDraft toDraft() {
        return new ProfessionalDraft(firstName, lastName, email, phone, jobTitle, employer.centreId(),
                employer.structureId(), conventionSignedOn, conventionEndsOn, networks, ageFrom, ageTo, themes);
    }
}
