package fr.centressociaux.portail.territories.internal;

import java.util.Optional;

import fr.centressociaux.portail.territories.Territory;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TerritoryRepository extends MongoRepository<Territory, String> {

    Optional<Territory> findByCode(String code);
}
