package fr.centressociaux.portail.promeneurs.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.promeneurs.SatisfactionAnswer;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SatisfactionAnswerRepository extends MongoRepository<SatisfactionAnswer, String> {

    Optional<SatisfactionAnswer> findByTokenHash(String tokenHash);

    List<SatisfactionAnswer> findByEventIdInAndScoreNotNull(Collection<String> eventIds);
}
