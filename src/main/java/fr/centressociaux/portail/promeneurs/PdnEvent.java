package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A training or exchange time of the network, with the professionals who took part (whatever
 * their employer: most are not in a member centre), and those whose initial training the
 * coordinator confirmed.
 */
@Document("pdn_events")
@CompoundIndex(name = "department_date", def = "{'department': 1, 'date': 1}")
public class PdnEvent extends AuditedDocument {

    @Id
    private @Nullable String id;
    private PdnEventKind kind;
    private String title;
    private LocalDate date;
    private Department department;
    private @Nullable String territoryId;
    private List<String> participantIds = new ArrayList<>();

    /** For Spring Data, which fills the fields from the stored document. */
    @PersistenceCreator
    private PdnEvent() {
    }

    PdnEvent(PdnEventDraft draft) {
        apply(draft);
    }

    void apply(PdnEventDraft draft) {
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.date = draft.date();
        this.department = draft.department();
        this.territoryId = draft.territoryId();
    }

    /** Adds a participant once; false when already there. */
    boolean add(String professionalId) {
        if (participantIds.contains(professionalId)) {
            return false;
        }
        participantIds.add(professionalId);
        return true;
    }

    boolean remove(String professionalId) {
        return participantIds.remove(professionalId);
    }

    public @Nullable String getId() {
        return id;
    }

    public PdnEventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public Department getDepartment() {
        return department;
    }

    public @Nullable String getTerritoryId() {
        return territoryId;
    }

    public List<String> getParticipantIds() {
        return List.copyOf(participantIds);
    }
}
