package fr.centressociaux.portail.promeneurs.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.promeneurs.SatisfactionAnswer;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SatisfactionAnswerRepository extends MongoRepository<SatisfactionAnswer, String> {

    Optional<SatisfactionAnswer> findByTokenHash(String tokenHash);

    /** The answered questionnaires of the department's events of the year. */
    List<SatisfactionAnswer> findByDepartmentAndYearAndScoreNotNull(Department department, int year);

    List<SatisfactionAnswer> findByEventIdInAndScoreNotNull(Collection<String> eventIds);
}
