package fr.centressociaux.portail.promeneurs.internal;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProfessionalRepository extends MongoRepository<Professional, String>, ProfessionalQueries {

    Optional<Professional> findByEmail(String email);

    List<Professional> findByEmployerKey(String employerKey);

    List<Professional> findByEmployerStructureIdIn(java.util.Collection<String> structureIds);

    List<Professional> findByNameKeyAndEmployerKey(String nameKey, String employerKey);

    List<Professional> findByRemindersOffFalseAndStatusIn(java.util.Collection<ProfessionalStatus> statuses);

    Optional<Professional> findByReminderToken(String reminderToken);

    Optional<Professional> findByAccountId(String accountId);
}
