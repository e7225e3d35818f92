package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.shared.SearchKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commune belonged to a territory (of {@code territories}) from a date, until a date (inclusive)
 * or still. Kept as data because territories merge and split: Arras was in "Arrageois et
 * Bassin-Minier" until 2024 and is in "Arrageois" since 2025. A structure outside the network
 * takes its territory from its commune through these rows.
 */
@Document("pdn_commune_territories")
public class CommuneTerritory extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String commune;
    @Indexed
    private String communeKey;
    private String territoryId;
    private LocalDate from;
    private @Nullable LocalDate to;

    CommuneTerritory(String commune, String territoryId, LocalDate from, @Nullable LocalDate to) {
        this.commune = commune;
        this.communeKey = SearchKeys.of(commune);
        this.territoryId = territoryId;
        this.from = from;
        this.to = to;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getCommune() {
        return commune;
    }

    public String getTerritoryId() {
        return territoryId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }

    public TerritoryPeriod period() {
        return new TerritoryPeriod(territoryId, from, to);
    }
}
