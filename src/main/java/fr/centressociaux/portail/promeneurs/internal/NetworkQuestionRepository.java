package fr.centressociaux.portail.promeneurs.internal;

import java.time.Instant;
import java.util.List;

import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface NetworkQuestionRepository extends MongoRepository<NetworkQuestion, String>, NetworkQuestionQueries {

    /** Answered from {@code from} (included) to {@code to} (excluded), for the yearly figures. */
    @Query(value = "{ 'department': ?0, 'answeredAt': { '$gte': ?1, '$lt': ?2 } }", sort = "{ 'answeredAt': 1 }")
    List<NetworkQuestion> findAnsweredBetween(Department department, Instant from, Instant to);
}
