package fr.centressociaux.portail.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filter of the audit log: type, text in actor or subject, and a date range (inclusive). */
public record AuditFilter(@Nullable AuditEventType type, @Nullable String text,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
