package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Set;

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

    /** Takes what the (validated) draft says; the territory is the centre's on the draft's date. */
    void apply(SupportDraft draft, @Nullable String territoryOnDate, LocalDate today) {
        lastActivityOn = today;
        kind = draft.kind();
        difficulty = kind.isDifficulty() ? draft.difficulty() : null;
        theme = kind == SupportKind.THEMATIC ? draft.theme() : null;
        cooperation = draft.cooperation();
        startedOn = draft.startedOn();
        endedOn = draft.endedOn();
        staff = draft.staff();
        centrePeople = draft.centrePeople();
        partners = draft.partners();
        partnerNames = draft.partnerNames();
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
                partners, partnerNames, notes, nextStep, nextStepDue, status, outcome, confidential);
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
