package fr.centressociaux.portail.newsletter;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A list people subscribe to: the weekly newsletter, or one staff created. A public list is
 * offered on the subscription page.
 */
@Document("newsletter_lists")
public class MailingList extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String name;
    private String description;
    private boolean publicSubscription;

    public MailingList(String name, String description, boolean publicSubscription) {
        this.name = name;
        this.description = description;
        this.publicSubscription = publicSubscription;
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id, "not stored yet");
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isPublicSubscription() {
        return publicSubscription;
    }
}
