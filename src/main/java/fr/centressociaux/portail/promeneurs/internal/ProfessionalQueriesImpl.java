package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.ProfessionalFilter;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class ProfessionalQueriesImpl implements ProfessionalQueries {

    private final MongoOperations mongo;

    ProfessionalQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Professional> findPage(ProfessionalFilter filter, Criteria scope, LocalDate today,
            Pageable pageable) {
        Query query = Query.query(criteria(filter, scope, today)).with(pageable);
        if (pageable.getSort().isUnsorted()) {
            query.with(Sort.by("nameKey"));
        }
        return mongo.find(query, Professional.class);
    }

    @Override
    public long count(ProfessionalFilter filter, Criteria scope, LocalDate today) {
        return mongo.count(Query.query(criteria(filter, scope, today)), Professional.class);
    }

    @Override
    public List<Professional> findHistoriesKnownBy(Department department, LocalDate yearEnd) {
        Query query = Query.query(ProfessionalQueries.knownBy(department, yearEnd));
        query.fields().include("firstName", "lastName", "employer", "territoryHistory", "statusHistory");
        return mongo.find(query, Professional.class);
    }

    private static Criteria criteria(ProfessionalFilter filter, Criteria scope, LocalDate today) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern key = SearchKeys.containing(filter.text());
            Pattern plain = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            all.add(new Criteria().orOperator(Criteria.where("nameKey").regex(key),
                    Criteria.where("email").regex(plain), Criteria.where("employer.name").regex(plain)));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.territoryId() != null) {
            all.add(ProfessionalQueries.inTerritoriesOn(Set.of(filter.territoryId()), today));
        }
        if (filter.employerKind() != null) {
            all.add(Criteria.where("employer.kind").is(filter.employerKind()));
        }
        return new Criteria().andOperator(all);
    }
}
