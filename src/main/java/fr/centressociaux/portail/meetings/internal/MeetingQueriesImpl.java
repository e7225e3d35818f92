package fr.centressociaux.portail.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class MeetingQueriesImpl implements MeetingQueries {

    /** Lists never need the invited centres' details, only their count. */
    private static final String[] HEAVY_FIELDS = {"invitedCentres", "invitedCentreIds", "minutes", "agenda"};

    private final MongoOperations mongo;

    MeetingQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Meeting> findPage(MeetingFilter filter, Criteria visible, Pageable pageable) {
        Query query = Query.query(criteria(filter, visible)).with(Sort.by("date", "startTime", "title"))
                .with(pageable.isPaged() ? pageable : Pageable.unpaged());
        if (pageable.getSort().isSorted()) {
            query.with(pageable.getSort());
        }
        query.fields().exclude(HEAVY_FIELDS);
        return mongo.find(query, Meeting.class);
    }

    @Override
    public long count(MeetingFilter filter, Criteria visible) {
        return mongo.count(Query.query(criteria(filter, visible)), Meeting.class);
    }

    @Override
    public List<Meeting> findCountable(MeetingFilter filter, Criteria visible) {
        Query query = Query.query(new Criteria().andOperator(criteria(filter, visible),
                Criteria.where("status").is(MeetingStatus.SCHEDULED)));
        query.fields().include("_id", "invitedCount", "kindId", "title", "scope", "date", "startTime", "endTime",
                "place", "organiserName", "status", "year");
        return mongo.find(query, Meeting.class);
    }

    @Override
    public List<Meeting> findUpcomingFor(String centreId, LocalDate from, int limit) {
        Query query = Query.query(Criteria.where("invitedCentreIds").is(centreId).and("date").gte(from)
                .and("status").is(MeetingStatus.SCHEDULED)).with(Sort.by("date", "startTime")).limit(limit);
        query.fields().exclude(HEAVY_FIELDS);
        return mongo.find(query, Meeting.class);
    }

    private static Criteria criteria(MeetingFilter filter, Criteria visible) {
        List<Criteria> all = new ArrayList<>();
        all.add(visible);
        all.add(Criteria.where("year").is(filter.year()));
        if (filter.kindId() != null) {
            all.add(Criteria.where("kindId").is(filter.kindId()));
        }
        if (filter.territoryId() != null) {
            all.add(Criteria.where("scope.territoryId").is(filter.territoryId()));
        }
        if (filter.department() != null) {
            all.add(Criteria.where("departments").is(filter.department()));
        }
        return new Criteria().andOperator(all);
    }
}
