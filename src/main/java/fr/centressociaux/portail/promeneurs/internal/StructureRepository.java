package fr.centressociaux.portail.promeneurs.internal;

import java.util.List;

import fr.centressociaux.portail.promeneurs.Structure;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StructureRepository extends MongoRepository<Structure, String> {

    List<Structure> findAllByOrderByNameKey();

    List<Structure> findByCommuneKey(String communeKey);
}
