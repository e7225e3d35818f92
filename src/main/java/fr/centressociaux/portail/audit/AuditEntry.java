package fr.centressociaux.portail.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event of the audit log. Entries are only ever inserted.
 *
 * @param actor who did it (email), null when anonymous
 * @param subject the account or address concerned
 * @param detail a short detail, e.g. "DIRECTOR → DELEGATE"
 */
@Document("audit_log")
public record AuditEntry(
        @Id @Nullable String id,
        @Indexed Instant at,
        @Indexed AuditEventType type,
        @Nullable String actor,
        @Indexed String subject,
        @Nullable String remoteAddress,
        @Nullable String detail) {
}
