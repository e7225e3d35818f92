package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One support action of the federation for one centre. The territory is the one the centre belonged
 * to on the action's date, kept with the action, so a report for a past year counts it where it was
 * (territories merge and split). The centre's name is kept too, for lists and figures.
 */
@Document("followup_actions")
@CompoundIndex(name = "centre_date", def = "{'centreId': 1, 'startedOn': -1}")
@CompoundIndex(name = "department_date", def = "{'department': 1, 'startedOn': 1}")
public class SupportAction extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String centreId;
    private String centreName;
    private Department department;
    private @Nullable String territoryId;
    private SupportKind kind;
    private @Nullable Difficulty difficulty;
    private @Nullable String theme;
    private @Nullable CooperationTheme cooperation;
    private LocalDate startedOn;
    private @Nullable LocalDate endedOn;
    private String staff = "";
    private String centrePeople = "";
    private Set<PartnerKind> partners = Set.of();
    private String partnerNames = "";
    private List<PartnerPresent> organisations = List.of();
    /** A projet-social renewal: the AMEPP session its centre's people attended for it. */
    private @Nullable String ameppSessionId;
    private String notes = "";
    private String nextStep = "";
    private @Nullable LocalDate nextStepDue;
    private SupportStatus status;
    private String outcome = "";
    private boolean confidential;
    /** The day it was last recorded or changed, by the portal's clock: "no action for 60 days" counts from it. */
    private @Nullable LocalDate lastActivityOn;

    SupportAction(String centreId, String centreName, Department department, SupportKind kind, LocalDate startedOn,
            SupportStatus status) {
        this.centreId = centreId;
        this.centreName = centreName;
        this.department = department;
        this.kind = kind;
        this.startedOn = startedOn;
        this.status = status;
    }

    /**
     * Takes what the (validated) draft says; the territory is the centre's on the draft's date. The
     * organisations are those of the register the draft names: their kinds count as present too.
     */
    void apply(SupportDraft draft, @Nullable String territoryOnDate, LocalDate today,
            List<PartnerOrganisation> present) {
        lastActivityOn = today;
        kind = draft.kind();
        difficulty = kind.isDifficulty() ? draft.difficulty() : null;
        theme = kind == SupportKind.THEMATIC ? draft.theme() : null;
        cooperation = draft.cooperation();
        startedOn = draft.startedOn();
        endedOn = draft.endedOn();
        staff = draft.staff();
        centrePeople = draft.centrePeople();
        Set<PartnerKind> kinds = EnumSet.noneOf(PartnerKind.class);
        kinds.addAll(draft.partners());
        present.forEach(organisation -> kinds.add(organisation.getKind()));
        partners = Set.copyOf(kinds);
        partnerNames = draft.partnerNames();
        organisations = present.stream().map(PartnerPresent::of).toList();
        ameppSessionId = kind == SupportKind.PROJECT_RENEWAL ? draft.ameppSessionId() : null;
        notes = draft.notes();
        nextStep = draft.nextStep();
        nextStepDue = draft.nextStepDue();
        status = draft.status();
        outcome = draft.status() == SupportStatus.CLOSED ? draft.outcome() : "";
        confidential = draft.confidential();
        territoryId = territoryOnDate;
    }

    /** The draft that edits this action as it is. */
    public SupportDraft toDraft() {
        return new SupportDraft(kind, difficulty, theme, cooperation, startedOn, endedOn, staff, centrePeople,
                partners, partnerNames, notes, nextStep, nextStepDue, status, outcome, confidential,
                organisations.stream().map(PartnerPresent::organisationId).collect(Collectors.toSet()), ameppSessionId);
    }

    public @Nullable String getId() {
        return id;
    }

    public String getCentreId() {
        return centreId;
    }

    public String getCentreName() {
        return centreName;
    }

    public Department getDepartment() {
        return department;
    }

    public @Nullable String getTerritoryId() {
        return territoryId;
    }

    public SupportKind getKind() {
        return kind;
    }

    public @Nullable Difficulty getDifficulty() {
        return difficulty;
    }

    public @Nullable String getTheme() {
        return theme;
    }

    public @Nullable CooperationTheme getCooperation() {
        return cooperation;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getEndedOn() {
        return endedOn;
    }

    public String getStaff() {
        return staff;
    }

    public String getCentrePeople() {
        return centrePeople;
    }

    public Set<PartnerKind> getPartners() {
        return partners;
    }

    public String getPartnerNames() {
        return partnerNames;
    }

    /** The organisations of the register present, in the order they were chosen. */
    public List<PartnerPresent> getOrganisations() {
        return organisations;
    }

    public @Nullable String getAmeppSessionId() {
        return ameppSessionId;
    }

    public String getNotes() {
        return notes;
    }

    public String getNextStep() {
        return nextStep;
    }

    public @Nullable LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isConfidential() {
        return confidential;
    }

    /** The day of the last change; the start date for actions stored before it was kept. */
    public LocalDate getLastActivityOn() {
        return lastActivityOn == null ? startedOn : lastActivityOn;
    }
}
