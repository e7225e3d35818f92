package fr.centressociaux.portail.promeneurs.internal;

import fr.centressociaux.portail.promeneurs.ReminderSent;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReminderRepository extends MongoRepository<ReminderSent, String> {
}
