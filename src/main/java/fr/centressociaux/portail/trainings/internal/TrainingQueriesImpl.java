package fr.centressociaux.portail.trainings.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class TrainingQueriesImpl implements TrainingQueries {

    private static final Sort ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("family"),
            Sort.Order.asc("titleKey"));
    /** Lists show titles and tags; objectives and programme are read on the training's page. */
    private static final String[] HEAVY_FIELDS = {"objectives", "programme"};

    private final MongoOperations mongo;

    TrainingQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Training> findPage(TrainingFilter filter, boolean includeUnpublished,
            @Nullable Collection<String> ids, Pageable pageable) {
        Query query = Query.query(criteria(filter, includeUnpublished, ids)).with(ORDER)
                .with(pageable.isPaged() ? pageable : Pageable.unpaged());
        if (pageable.getSort().isSorted()) {
            query.with(pageable.getSort());
        }
        query.fields().exclude(HEAVY_FIELDS);
        return mongo.find(query, Training.class);
    }

    @Override
    public long count(TrainingFilter filter, boolean includeUnpublished, @Nullable Collection<String> ids) {
        return mongo.count(Query.query(criteria(filter, includeUnpublished, ids)), Training.class);
    }

    @Override
    public List<String> publishedIds() {
        return mongo.findDistinct(Query.query(Criteria.where("published").is(true)), "_id", Training.class,
                Object.class).stream().map(Object::toString).toList();
    }

    @Override
    public List<Integer> years(boolean includeUnpublished) {
        Query query = includeUnpublished ? new Query() : Query.query(Criteria.where("published").is(true));
        return mongo.findDistinct(query, "year", Training.class, Integer.class).stream()
                .sorted(Comparator.reverseOrder()).toList();
    }

    private static Criteria criteria(TrainingFilter filter, boolean includeUnpublished,
            @Nullable Collection<String> ids) {
        List<Criteria> all = new ArrayList<>();
        if (!includeUnpublished) {
            all.add(Criteria.where("published").is(true));
        }
        if (ids != null) {
            all.add(Criteria.where("_id").in(ids));
        }
        if (filter.year() != null) {
            all.add(Criteria.where("year").is(filter.year()));
        }
        if (filter.family() != null) {
            all.add(Criteria.where("family").is(filter.family()));
        }
        if (filter.audience() != null) {
            all.add(Criteria.where("audience").is(filter.audience()));
        }
        if (filter.job() != null) {
            all.add(Criteria.where("targetJobs").is(filter.job()));
        }
        if (filter.text() != null && !SearchKeys.of(filter.text()).isEmpty()) {
            all.add(Criteria.where("titleKey").regex(SearchKeys.containing(filter.text())));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
