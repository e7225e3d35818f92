package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reminder for a professional's missing month was written to the outbox. Its id is the
 * professional and the month: whichever node inserts it first sends the mail, the others get a
 * duplicate key and send nothing, also after a restart.
 */
@Document("pdn_reminders")
public class ReminderSent extends AuditedDocument {

    @Id
    private String id;

    ReminderSent(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
