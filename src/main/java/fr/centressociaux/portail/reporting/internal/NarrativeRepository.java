package fr.centressociaux.portail.reporting.internal;

import fr.centressociaux.portail.reporting.Narrative;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NarrativeRepository extends MongoRepository<Narrative, String> {
}
