package fr.centressociaux.portail.meetings;

import java.time.Instant;

/** A file kept with a meeting (an attachment of the minutes, or the scanned signed sheet). */
public record StoredFileRef(String fileId, String name, String contentType, long size, Instant uploadedAt,
        String uploadedBy) {
}
