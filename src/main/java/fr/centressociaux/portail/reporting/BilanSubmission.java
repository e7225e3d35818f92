package fr.centressociaux.portail.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A convention's bilan of a year on its way to the funder (DD013): its status, the snapshot of its
 * figures frozen at each submission (later changes to records do not change what was submitted),
 * the funder's comments when it returned it, and the instalments of the year's grant paid so far.
 * One per convention and year.
 */
@Document("bilans")
@CompoundIndex(name = "convention_year", def = "{'conventionId': 1, 'year': 1}", unique = true)
public class BilanSubmission extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String conventionId;
    private Department department;
    private int year;
    private BilanStatus status = BilanStatus.DRAFT;
    private @Nullable Bilan snapshot;
    private @Nullable Instant submittedAt;
    private List<Comment> comments = new ArrayList<>();
    private List<Payment> payments = new ArrayList<>();

    BilanSubmission(String conventionId, Department department, int year) {
        this.conventionId = conventionId;
        this.department = department;
        this.year = year;
    }

    /** What the funder wrote when returning the bilan, by whom and when. */
    public record Comment(String text, String author, Instant at) {
    }

    /** Staff recorded that the instalment at this position of the schedule was paid on that day. */
    public record Payment(int instalment, java.time.LocalDate paidOn, String recordedBy, Instant at) {
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public String getConventionId() {
        return conventionId;
    }

    public Department getDepartment() {
        return department;
    }

    public int getYear() {
        return year;
    }

    public BilanStatus getStatus() {
        return status;
    }

    public java.util.Optional<Bilan> getSnapshot() {
        return java.util.Optional.ofNullable(snapshot);
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Comment> getComments() {
        return List.copyOf(comments);
    }

    public List<Payment> getPayments() {
        return List.copyOf(payments);
    }

    void paid(Payment payment) {
        payments.add(payment);
    }

    void submit(Bilan frozen, Instant at) {
        snapshot = frozen;
        submittedAt = at;
        status = BilanStatus.SUBMITTED;
    }

    void validate() {
        status = BilanStatus.VALIDATED;
    }

    void giveBack(Comment comment) {
        comments.add(comment);
        status = BilanStatus.RETURNED;
    }
}
