package fr.centressociaux.portail.promeneurs.internal;

import java.time.Instant;
import java.util.List;

import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NetworkQuestionRepository extends MongoRepository<NetworkQuestion, String>, NetworkQuestionQueries {

    /** Answered from {@code from} (included) to {@code to} (excluded), for the yearly figures. */
    List<NetworkQuestion> findByDepartmentAndAnsweredAtGreaterThanEqualAndAnsweredAtLessThanOrderByAnsweredAt(
            Department department, Instant from, Instant to);
}
