package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation the federation works with: a Maison du Département Solidarité with its local area,
 * a CAF, a town, an association. Partner bodies name the one that convenes them. Its name is unique
 * (compared as a search key), so the register does not fill with twins.
 */
@Document("followup_partner_organisations")
public class PartnerOrganisation extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String name;
    @Indexed(unique = true)
    private String nameKey;
    private PartnerKind kind;
    private @Nullable Department department;
    private String area;

    PartnerOrganisation(String name, PartnerKind kind, @Nullable Department department, String area) {
        this.name = name;
        this.nameKey = SearchKeys.of(name);
        this.kind = kind;
        this.department = department;
        this.area = area;
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    /** The local area an MDS covers (towns, a district), or empty. */
    public String getArea() {
        return area;
    }
}
