package fr.centressociaux.portail.promeneurs.internal;

import fr.centressociaux.portail.promeneurs.ClosedYear;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ClosedYearRepository extends MongoRepository<ClosedYear, Integer> {
}
