package fr.centressociaux.portail.promeneurs.internal;

import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.promeneurs.QuestionFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class NetworkQuestionQueriesImpl implements NetworkQuestionQueries {

    private final MongoOperations mongo;

    NetworkQuestionQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<NetworkQuestion> findPage(QuestionFilter filter, Criteria scope, Pageable pageable) {
        Query query = Query.query(criteria(filter, scope)).with(pageable);
        if (pageable.getSort().isUnsorted()) {
            // The oldest open question first is what the coordinator answers next; newest first otherwise.
            query.with(Boolean.FALSE.equals(filter.answered()) ? Sort.by("askedAt") : Sort.by(Sort.Direction.DESC, "askedAt"));
        }
        return mongo.find(query, NetworkQuestion.class);
    }

    @Override
    public long count(QuestionFilter filter, Criteria scope) {
        return mongo.count(Query.query(criteria(filter, scope)), NetworkQuestion.class);
    }

    private static Criteria criteria(QuestionFilter filter, Criteria scope) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (filter.answered() != null) {
            all.add(Criteria.where("answered").is(filter.answered()));
        }
        return new Criteria().andOperator(all);
    }
}
