package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The coordinator closed the year's activity: its months can no longer be corrected. The id is
 * the year, so closing twice is one document; who closed it and when are the audit fields.
 */
@Document("pdn_closed_years")
public class ClosedYear extends AuditedDocument {

    @Id
    private int year;

    ClosedYear(int year) {
        this.year = year;
    }

    public int getYear() {
        return year;
    }
}
