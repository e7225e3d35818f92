package fr.centressociaux.portail.promeneurs.internal;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The bytes of a resource's file. Files are at most a few megabytes, so one document each is
 * enough and works on the embedded server, as for the meetings' files.
 */
@Document("pdn_resource_files")
public class PdnResourceFile extends AuditedDocument {

    @Id
    private @Nullable String id;
    /** Stored as BSON binary; a byte array field so the constructor can read it back. */
    private byte[] content;

    public PdnResourceFile(byte[] content) {
        this.content = content;
    }

    public @Nullable String getId() {
        return id;
    }

    public byte[] bytes() {
        return content;
    }
}
