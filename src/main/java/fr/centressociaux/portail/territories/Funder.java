package fr.centressociaux.portail.territories;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The body that funds the federation's actions in a department (the Département du Pas-de-Calais
 * for 62), with the mention its convention asks for on every attendance sheet. At most one per
 * department; a department without one prints no mention. The yearly bilan will hang conventions
 * on it and give a funder account its department.
 */
@Document("funders")
public class Funder extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed(unique = true)
    private Department department;
    private String name;
    /** The sentence printed on sheets, e.g. "Action menée avec le soutien du Département du Pas-de-Calais." */
    private String mention;

    Funder(Department department, String name, String mention) {
        this.department = department;
        this.name = name;
        this.mention = mention;
    }

    public @Nullable String getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getName() {
        return name;
    }

    public String getMention() {
        return mention;
    }

    void apply(FunderDraft draft) {
        this.name = draft.name().strip();
        this.mention = draft.mention().strip();
    }
}
