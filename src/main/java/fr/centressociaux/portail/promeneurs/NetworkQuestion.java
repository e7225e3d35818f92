package fr.centressociaux.portail.promeneurs;

import java.time.Duration;
import java.time.Instant;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A question a professional asked the network, and the coordinator's answer. The asker's name and
 * department are copied when it is asked, so lists and the yearly figures read one collection
 * (DD015, "Questions to the network"). Answered once: the time to answer is the time between
 * {@code askedAt} and {@code answeredAt}.
 */
@Document("pdn_questions")
@CompoundIndex(name = "answered_in_department", def = "{'department': 1, 'answeredAt': 1}")
@CompoundIndex(name = "asker", def = "{'professionalId': 1, 'askedAt': -1}")
public class NetworkQuestion extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String professionalId;
    private String professionalName;
    private Department department;
    private String subject;
    private String text;
    private Instant askedAt;
    private boolean answered;
    private @Nullable String answer;
    private @Nullable Instant answeredAt;
    private @Nullable String answeredBy;

    /** For Spring Data, which fills the fields from the stored document. */
    @PersistenceCreator
    private NetworkQuestion() {
    }

    NetworkQuestion(Professional asker, QuestionDraft draft, Instant askedAt) {
        this.professionalId = asker.getId();
        this.professionalName = asker.fullName();
        this.department = asker.getDepartment();
        this.subject = draft.subject().strip();
        this.text = draft.text().strip();
        this.askedAt = askedAt;
    }

    void answer(AnswerDraft draft, Instant at, String by) {
        this.answer = draft.answer().strip();
        this.answeredAt = at;
        this.answeredBy = by;
        this.answered = true;
    }

    /** Hours from the question to its answer; zero while it is open. */
    public double hoursToAnswer() {
        return answeredAt == null ? 0 : Duration.between(askedAt, answeredAt).toMinutes() / 60.0;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getProfessionalId() {
        return professionalId;
    }

    public String getProfessionalName() {
        return professionalName;
    }

    public Department getDepartment() {
        return department;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public boolean isAnswered() {
        return answered;
    }

    public @Nullable String getAnswer() {
        return answer;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    public @Nullable String getAnsweredBy() {
        return answeredBy;
    }
}
