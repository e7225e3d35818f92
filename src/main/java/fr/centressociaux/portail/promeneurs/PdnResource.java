package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.Optional;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A document or tool made available to the network's professionals: a link, or a file whose bytes
 * are kept apart (the first bytes told its kind, which is what it is served as). The day it was
 * published counts it among the year's resources made available, also after it is withdrawn.
 */
@Document("pdn_resources")
@CompoundIndex(name = "department_published", def = "{'department': 1, 'publishedOn': 1}")
public class PdnResource extends AuditedDocument {

    /** The file of a resource: its stored bytes' id, the name shown, the type detected, its size. */
    public record ResourceFile(String fileId, String name, String contentType, long size) {
    }

    @Id
    private @Nullable String id;
    private String title;
    private String description;
    private @Nullable String link;
    private @Nullable ResourceFile file;
    private Department department;
    private LocalDate publishedOn;
    private String publishedBy;
    private @Nullable LocalDate withdrawnOn;

    @PersistenceCreator
    private PdnResource() {
    }

    PdnResource(ResourceDraft draft, @Nullable ResourceFile file, LocalDate publishedOn, String publishedBy) {
        this.title = draft.title().strip();
        this.description = draft.description() == null ? "" : draft.description().strip();
        this.link = draft.hasLink() ? draft.link().strip() : null;
        this.file = file;
        this.department = draft.department();
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
    }

    void withdraw(LocalDate on) {
        this.withdrawnOn = on;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    public Optional<ResourceFile> file() {
        return Optional.ofNullable(file);
    }

    public Department getDepartment() {
        return department;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }
}
