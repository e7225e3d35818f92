package fr.centressociaux.portail.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

/**
 * What every stored document carries besides its own data: a version for optimistic locking and
 * who created and last changed it, when. Spring Data fills these (auditing, see
 * {@code MongoAuditingConfiguration}); the fields keep the names documents stored before this
 * type existed, so old data and queries on {@code version} still match. A conditional update that
 * changes a document without loading it increments {@code version} itself (Spring Data adds the
 * increment to updates issued with the document's class).
 */
public abstract class AuditedDocument {

    @Version
    private @Nullable Long version;
    @CreatedDate
    private @Nullable Instant createdAt;
    @CreatedBy
    private @Nullable String createdBy;
    @LastModifiedDate
    private @Nullable Instant modifiedAt;
    @LastModifiedBy
    private @Nullable String modifiedBy;

    /** Changes with every save; pass it back with the next change so a save in between is noticed. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    /** The signed-in person's email; null for what the portal created itself (demo data, public forms). */
    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getModifiedAt() {
        return modifiedAt;
    }

    public @Nullable String getModifiedBy() {
        return modifiedBy;
    }
}
