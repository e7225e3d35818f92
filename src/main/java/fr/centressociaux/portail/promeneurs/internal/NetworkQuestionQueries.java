package fr.centressociaux.portail.promeneurs.internal;

import java.util.List;

import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.promeneurs.QuestionFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/** Pages of questions within the caller's scope (a criterion the service gives). */
public interface NetworkQuestionQueries {

    List<NetworkQuestion> findPage(QuestionFilter filter, Criteria scope, Pageable pageable);

    long count(QuestionFilter filter, Criteria scope);
}
