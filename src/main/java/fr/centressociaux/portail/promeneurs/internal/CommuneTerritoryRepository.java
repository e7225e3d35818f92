package fr.centressociaux.portail.promeneurs.internal;

import java.util.List;

import fr.centressociaux.portail.promeneurs.CommuneTerritory;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CommuneTerritoryRepository extends MongoRepository<CommuneTerritory, String> {

    List<CommuneTerritory> findByCommuneKeyOrderByFrom(String communeKey);
}
