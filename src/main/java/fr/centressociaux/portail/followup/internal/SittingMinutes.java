package fr.centressociaux.portail.followup.internal;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The bytes of a sitting's minutes. A few megabytes at most, so one document each works on the
 * embedded server; the body keeps a reference, not the bytes, so its list stays light.
 */
@Document("followup_minutes")
public class SittingMinutes extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed
    private String bodyId;
    /** Stored as BSON binary; a byte array field so the constructor can read it back. */
    private byte[] content;

    public SittingMinutes(String bodyId, byte[] content) {
        this.bodyId = bodyId;
        this.content = content;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getBodyId() {
        return bodyId;
    }

    public byte[] bytes() {
        return content;
    }
}
