package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One month of one professional's activity. The id is the professional and the month, so a month
 * exists once however many people save it at the same time.
 */
@Document("pdn_activity_reports")
@CompoundIndex(name = "department_year", def = "{'department': 1, 'year': 1}")
public class ActivityReport extends AuditedDocument {

    @Id
    private String id;
    private String professionalId;
    private Department department;
    private int year;
    private int month;
    private int individualFollowUps;
    private int collectiveActions;
    private BigDecimal hoursOnline;
    private List<LocalEvent> localEvents;
    private String resourcesUsed;
    private int questionsAsked;
    private String note;

    /** For Spring Data, which fills the fields from the stored document. */
    @PersistenceCreator
    private ActivityReport() {
    }

    ActivityReport(String professionalId, Department department, YearMonth month) {
        this.id = idOf(professionalId, month);
        this.professionalId = professionalId;
        this.department = department;
        this.year = month.getYear();
        this.month = month.getMonthValue();
    }

    static String idOf(String professionalId, YearMonth month) {
        return professionalId + ":" + month;
    }

    void apply(ActivityDraft draft) {
        this.individualFollowUps = draft.individualFollowUps();
        this.collectiveActions = draft.collectiveActions();
        this.hoursOnline = draft.hoursOnline();
        this.localEvents = draft.localEvents().stream()
                .map(event -> new LocalEvent(event.title().strip(), event.date())).toList();
        this.resourcesUsed = draft.resourcesUsed().strip();
        this.questionsAsked = draft.questionsAsked();
        this.note = draft.note().strip();
    }

    public String getId() {
        return id;
    }

    public String getProfessionalId() {
        return professionalId;
    }

    public Department getDepartment() {
        return department;
    }

    public YearMonth month() {
        return YearMonth.of(year, month);
    }

    public int getIndividualFollowUps() {
        return individualFollowUps;
    }

    public int getCollectiveActions() {
        return collectiveActions;
    }

    public BigDecimal getHoursOnline() {
        return hoursOnline;
    }

    public List<LocalEvent> getLocalEvents() {
        return localEvents;
    }

    public String getResourcesUsed() {
        return resourcesUsed;
    }

    public int getQuestionsAsked() {
        return questionsAsked;
    }

    public String getNote() {
        return note;
    }

    public ActivityDraft toDraft() {
        return new ActivityDraft(individualFollowUps, collectiveActions, hoursOnline, localEvents, resourcesUsed,
                questionsAsked, note);
    }

}
