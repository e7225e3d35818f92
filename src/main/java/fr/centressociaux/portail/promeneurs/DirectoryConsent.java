package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A professional's consent to appear in the public directory, one document per professional (its
 * id is theirs): the fields they chose, the day they gave it and who recorded it, and when it was
 * withdrawn and by whom. Every giving and withdrawal stays in {@code history}, as evidence of what
 * was agreed when. Kept apart from {@link Professional} so the public page reads the consents it
 * needs and nothing of the record it must not show.
 */
@Document("pdn_directory_consents")
public class DirectoryConsent extends AuditedDocument {

    /** One giving or withdrawal, as recorded. */
    public record Change(boolean given, Set<PublicField> fields, LocalDate on, String by) {
    }

    @Id
    private String id;
    @Indexed
    private boolean active;
    private Set<PublicField> fields = Set.of();
    private @Nullable LocalDate givenOn;
    private @Nullable String recordedBy;
    private List<Change> history = new ArrayList<>();

    @PersistenceCreator
    private DirectoryConsent() {
    }

    DirectoryConsent(String professionalId) {
        this.id = professionalId;
    }

    void give(Set<PublicField> fields, LocalDate on, String by) {
        this.active = true;
        this.fields = Set.copyOf(fields);
        this.givenOn = on;
        this.recordedBy = by;
        history.add(new Change(true, this.fields, on, by));
    }

    void withdraw(LocalDate on, String by) {
        this.active = false;
        this.fields = Set.of();
        history.add(new Change(false, Set.of(), on, by));
    }

    public String getProfessionalId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public Set<PublicField> getFields() {
        return fields;
    }

    public boolean publishes(PublicField field) {
        return active && fields.contains(field);
    }

    public @Nullable LocalDate getGivenOn() {
        return givenOn;
    }

    public @Nullable String getRecordedBy() {
        return recordedBy;
    }

    public List<Change> getHistory() {
        return List.copyOf(history);
    }
}
