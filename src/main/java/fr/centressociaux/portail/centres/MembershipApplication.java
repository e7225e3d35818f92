package fr.centressociaux.portail.centres;

import java.time.Instant;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An application to join the federation, from submission to decision. Its email confirmation
 * token is stored hashed; confirming and deciding are conditional updates of this one document.
 */
@Document("applications")
public class MembershipApplication extends AuditedDocument {

    @Id
    private @Nullable String id;
    private CentreProfile profile;
    @Indexed
    private String territoryId;
    private String directorName;
    private String directorEmail;
    @Indexed
    private ApplicationStatus status;
    @Indexed(sparse = true)
    private @Nullable String confirmationHash;
    private Instant confirmationExpiresAt;
    private Instant submittedAt;
    private @Nullable String submittedFrom;
    private @Nullable Instant confirmedAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String rejectionReason;
    private List<String> lookalikeCentreIds;
    private @Nullable String centreId;

    MembershipApplication(CentreProfile profile, String territoryId, String directorName, String directorEmail,
            String confirmationHash, Instant submittedAt, Instant confirmationExpiresAt, @Nullable String submittedFrom,
            List<String> lookalikeCentreIds) {
        this.profile = profile;
        this.territoryId = territoryId;
        this.directorName = directorName;
        this.directorEmail = directorEmail;
        this.status = ApplicationStatus.AWAITING_EMAIL_CONFIRMATION;
        this.confirmationHash = confirmationHash;
        this.submittedAt = submittedAt;
        this.confirmationExpiresAt = confirmationExpiresAt;
        this.submittedFrom = submittedFrom;
        this.lookalikeCentreIds = List.copyOf(lookalikeCentreIds);
    }

    public @Nullable String getId() {
        return id;
    }

    public CentreProfile getProfile() {
        return profile;
    }

    public String getTerritoryId() {
        return territoryId;
    }

    public String getDirectorName() {
        return directorName;
    }

    public String getDirectorEmail() {
        return directorEmail;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable String getRejectionReason() {
        return rejectionReason;
    }

    /** Existing centres this application looks like (same SIRET, or same name in the same commune). */
    public List<String> getLookalikeCentreIds() {
        return lookalikeCentreIds;
    }

    public @Nullable String getCentreId() {
        return centreId;
    }

    /** The director confirmed their address (demo data; the public link confirms with a conditional update). */
    void emailConfirmed(Instant at) {
        this.status = ApplicationStatus.PENDING;
        this.confirmedAt = at;
        this.confirmationHash = null;
    }

    /** Brings the lookalikes up to date with the centres that exist now. */
    void lookalikesAre(List<String> centreIds) {
        this.lookalikeCentreIds = List.copyOf(centreIds);
    }

    void approved(String newCentreId, String by, Instant at) {
        this.status = ApplicationStatus.APPROVED;
        this.centreId = newCentreId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void rejected(String reason, String by, Instant at) {
        this.status = ApplicationStatus.REJECTED;
        this.rejectionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
