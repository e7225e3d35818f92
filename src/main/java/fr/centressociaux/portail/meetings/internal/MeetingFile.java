package fr.centressociaux.portail.meetings.internal;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The bytes of a file kept with a meeting. Files are small (attachments and a scanned sheet, at
 * most a few megabytes), so one document each is enough and works on the embedded server.
 */
@Document("meeting_files")
public class MeetingFile extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed
    private String meetingId;
    /** Stored as BSON binary; a byte array field (not {@code Binary}) so the constructor can read it back. */
    private byte[] content;

    public MeetingFile(String meetingId, byte[] content) {
        this.meetingId = meetingId;
        this.content = content;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public byte[] bytes() {
        return content;
    }
}
