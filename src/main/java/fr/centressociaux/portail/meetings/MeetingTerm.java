package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A kind of meeting (assemblée territoriale, réunion des directions…) or a subject covered
 * (parentalité, santé…): data, not code, so admins add one without a release. Seeded kinds carry a
 * stable code the demo data and reports refer to; added ones have none. Terms are never deleted,
 * since past meetings refer to them; an admin can retire one from the forms.
 */
@Document("meeting_terms")
@CompoundIndex(name = "type_key", def = "{'type': 1, 'nameKey': 1}", unique = true)
public class MeetingTerm extends AuditedDocument {

    @Id
    private @Nullable String id;
    private TermType type;
    private @Nullable String code;
    private String name;
    private String nameKey;
    private int order;
    private boolean retired;

    MeetingTerm(TermType type, @Nullable String code, String name, String nameKey, int order) {
        this.type = type;
        this.code = code;
        this.name = name;
        this.nameKey = nameKey;
        this.order = order;
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id, "term not saved");
    }

    public TermType getType() {
        return type;
    }

    public @Nullable String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getOrder() {
        return order;
    }

    public boolean isRetired() {
        return retired;
    }

    void rename(String name, String nameKey) {
        this.name = name;
        this.nameKey = nameKey;
    }

    void retire(boolean retired) {
        this.retired = retired;
    }
}
