package fr.centressociaux.portail.promeneurs;

import java.time.Instant;

import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One participant's questionnaire for one event: created when the invitation is written (its id
 * is the event and the professional, so a second invitation is a duplicate key and no second mail),
 * holding the SHA-256 of the mailed link's token, and the answer once given. Answering again
 * replaces the answer: there is one per participant and event. The event's department and year
 * are copied, so the answers of a year can be read without the events.
 */
@Document("pdn_satisfaction")
public class SatisfactionAnswer extends AuditedDocument {

    @Id
    private String id;
    @Indexed
    private String eventId;
    private String professionalId;
    private Department department;
    private int year;
    @Indexed(unique = true)
    private String tokenHash;
    private Instant invitedAt;
    private @Nullable Integer score;
    private String comment = "";
    private @Nullable Instant answeredAt;

    @PersistenceCreator
    private SatisfactionAnswer() {
    }

    SatisfactionAnswer(PdnMeeting event, String professionalId, Department professionalDepartment, String tokenHash,
            Instant invitedAt) {
        this.id = idOf(event.id(), professionalId);
        this.eventId = event.id();
        this.professionalId = professionalId;
        // A network event of one department counts there; one for both counts the answer in the
        // participant's own (the year's figures are per department).
        this.department = event.departments().size() == 1 ? event.departments().getFirst() : professionalDepartment;
        this.year = event.date().getYear();
        this.tokenHash = tokenHash;
        this.invitedAt = invitedAt;
    }

    static String idOf(String eventId, String professionalId) {
        return eventId + ":" + professionalId;
    }

    void answer(int score, String comment, Instant at) {
        this.score = score;
        this.comment = comment;
        this.answeredAt = at;
    }

    public String getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public String getProfessionalId() {
        return professionalId;
    }

    public Department getDepartment() {
        return department;
    }

    public int getYear() {
        return year;
    }

    public boolean isAnswered() {
        return score != null;
    }

    public @Nullable Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

}
