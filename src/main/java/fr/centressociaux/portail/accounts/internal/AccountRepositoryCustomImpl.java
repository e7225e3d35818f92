package fr.centressociaux.portail.accounts.internal;

import java.util.List;
import java.util.regex.Pattern;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class AccountRepositoryCustomImpl implements AccountRepositoryCustom {

    private final MongoOperations mongo;

    AccountRepositoryCustomImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Account> findPage(AccountFilter filter, Pageable pageable) {
        Query query = toQuery(filter).with(pageable);
        if (pageable.getSort().isUnsorted()) {
            query.with(Sort.by("displayName"));
        }
        return mongo.find(query, Account.class);
    }

    @Override
    public long count(AccountFilter filter) {
        return mongo.count(toQuery(filter), Account.class);
    }

    private static Query toQuery(AccountFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.role() != null) {
            criteria.and("role").is(filter.role());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            criteria.orOperator(Criteria.where("displayName").regex(contains), Criteria.where("email").regex(contains));
        }
        return Query.query(criteria);
    }
}
