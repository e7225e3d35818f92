package fr.centressociaux.portail.reporting.internal;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The bilan reminders already written, one document per reminder, keyed so a second write fails. */
@Component
public class ReminderLog {

    private final MongoOperations mongo;

    ReminderLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** True when this call recorded the reminder, false when it was recorded before. */
    public boolean record(String key) {
        try {
            mongo.insert(new SentReminder(key, Instant.now()));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    @Document("bilan_reminders")
    record SentReminder(@Id String id, Instant at) {
    }
}
