package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employer outside the federation's network (a mission locale, a collège, a town youth service,
 * a prevention association). Its commune places it in a territory through {@link CommuneTerritory}.
 */
@Document("pdn_structures")
@CompoundIndex(name = "name_commune", def = "{'nameKey': 1, 'communeKey': 1}", unique = true)
public class Structure extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String name;
    private String nameKey;
    private StructureKind kind;
    private String commune;
    private String communeKey;
    private Department department;

    Structure(String name, StructureKind kind, String commune, Department department) {
        this.name = name;
        this.nameKey = SearchKeys.of(name);
        this.kind = kind;
        this.commune = commune;
        this.communeKey = SearchKeys.of(commune);
        this.department = department;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public StructureKind getKind() {
        return kind;
    }

    public String getCommune() {
        return commune;
    }

    public String getCommuneKey() {
        return communeKey;
    }

    public Department getDepartment() {
        return department;
    }
}
