package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A theme of thematic supports (cancer prevention, nutrition, addictions…): a list staff extend,
 * since the projects the ARS funds change from year to year. The id is a short code kept on the
 * actions, so renaming a theme keeps its history.
 */
@Document("followup_themes")
public class SupportTheme extends AuditedDocument {

    @Id
    private String id;
    private String label;

    public SupportTheme(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
