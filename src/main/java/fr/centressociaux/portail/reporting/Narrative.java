package fr.centressociaux.portail.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The text staff write for one objective of a year's bilan, in Markdown with figure tokens
 * ({@code {{figure:<indicator id>}}}), and every earlier version (who wrote it, when), so nothing
 * is lost when two people edit: the second save is refused by the version, not overwritten.
 */
@Document("bilan_narratives")
public class Narrative extends AuditedDocument {

    @Id
    private String id;
    private String text = "";
    private List<Revision> history = new ArrayList<>();

    Narrative(String id) {
        this.id = id;
    }

    /** A version of the text as someone saved it. */
    public record Revision(String text, String author, Instant at) {
    }

    /** convention × year × objective (its id, which stays when objectives move). */
    static String idOf(String conventionId, int year, String objectiveId) {
        return conventionId + ":" + year + ":" + objectiveId;
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    /** Newest first. */
    public List<Revision> getHistory() {
        return history.reversed();
    }

    void write(String newText, String author, Instant at) {
        text = newText;
        history.add(new Revision(newText, author, at));
    }
}
