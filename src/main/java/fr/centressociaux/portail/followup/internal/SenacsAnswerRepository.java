package fr.centressociaux.portail.followup.internal;

import java.util.List;

import fr.centressociaux.portail.followup.SenacsAnswer;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SenacsAnswerRepository extends MongoRepository<SenacsAnswer, String>, SenacsStatuses {

    List<SenacsAnswer> findByYear(int year);
}
