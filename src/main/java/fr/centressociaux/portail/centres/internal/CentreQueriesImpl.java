package fr.centressociaux.portail.centres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.database.StoredValues;
import org.bson.Document;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class CentreQueriesImpl implements CentreQueries {

    private final MongoOperations mongo;

    CentreQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Centre> findPage(CentreFilter filter, Criteria scope, LocalDate today, Pageable pageable) {
        Query query = Query.query(criteria(filter, scope, today)).with(pageable);
        if (pageable.getSort().isUnsorted()) {
            query.with(Sort.by("nameKey", "communeKey"));
        }
        // The change history can be long and the directory never shows it.
        query.fields().exclude("changes");
        return mongo.find(query, Centre.class);
    }

    @Override
    public long count(CentreFilter filter, Criteria scope, LocalDate today) {
        return mongo.count(Query.query(criteria(filter, scope, today)), Centre.class);
    }

    @Override
    public List<Centre> findInTerritoryOn(String territoryId, LocalDate date) {
        Query query = Query.query(inTerritoryOn(territoryId, date)).with(Sort.by("nameKey"));
        query.fields().exclude("changes");
        return mongo.find(query, Centre.class);
    }

    @Override
    public List<Centre> findWithMembershipIn(Collection<Integer> years,
            @Nullable Department department) {
        Query query = withMembershipIn(years, department);
        query.fields().exclude("changes");
        return mongo.find(query, Centre.class);
    }

    @Override
    public List<CentreMemberships> findMembershipsIn(Collection<Integer> years, @Nullable Department department) {
        Query query = withMembershipIn(years, department);
        query.fields().include("profile.name", "department", "memberships", "territoryHistory");
        // Read as raw documents and mapped here: the converter building whole objects was the cost.
        return mongo.find(query, Document.class, mongo.getCollectionName(Centre.class)).stream()
                .map(centre -> membershipsOf(centre, years)).toList();
    }

    private CentreMemberships membershipsOf(Document centre, Collection<Integer> years) {
        List<TerritoryPeriod> periods = centre.getList("territoryHistory", Document.class, List.of()).stream()
                .map(period -> new TerritoryPeriod(period.getString("territoryId"), day(period.get("from")),
                        dayOrNull(period.get("to"))))
                .toList();
        List<MembershipYear> rows = centre.getList("memberships", Document.class, List.of()).stream()
                .filter(row -> years.contains(row.getInteger("year")))
                .map(row -> new MembershipYear(row.getInteger("year"), MembershipStatus.valueOf(row.getString("status")),
                        dayOrNull(row.get("since")), dayOrNull(row.get("leftOn")), row.getString("reason")))
                .toList();
        return new CentreMemberships(StoredValues.id(centre),
                centre.get("profile", Document.class).getString("name"), Department.valueOf(centre.getString("department")),
                periods, rows);
    }

    private LocalDate day(Object stored) {
        return Objects.requireNonNull(dayOrNull(stored));
    }

    private @Nullable LocalDate dayOrNull(@Nullable Object stored) {
        return StoredValues.day(mongo.getConverter(), stored);
    }

    private static Query withMembershipIn(Collection<Integer> years, @Nullable Department department) {
        Criteria criteria = Criteria.where("memberships.year").in(years);
        if (department != null) {
            criteria = criteria.and("department").is(department);
        }
        return Query.query(criteria).with(Sort.by("nameKey"));
    }

    @Override
    public List<Centre> findByNameAndCommuneKeys(String nameKey, String communeKey) {
        return mongo.find(Query.query(Criteria.where("nameKey").is(nameKey).and("communeKey").is(communeKey)),
                Centre.class);
    }

    @Override
    public List<String> findIdsOfMembersWithoutNextYear(int year) {
        Query query = Query.query(Criteria.where("memberships").elemMatch(Criteria.where("year").is(year)
                .and("status").is(MembershipStatus.MEMBER).and("leftOn").is(null)));
        query.fields().exclude("changes");
        return mongo.find(query, Centre.class).stream()
                .filter(centre -> centre.membership(year + 1).isEmpty()).map(Centre::getId).toList();
    }

    @Override
    public boolean anyMemberOrToRenewIn(int year) {
        return mongo.exists(Query.query(Criteria.where("memberships").elemMatch(Criteria.where("year").is(year)
                .and("status").in(MembershipStatus.MEMBER, MembershipStatus.TO_RENEW))), Centre.class);
    }

    /** Centres whose territory history has a period in the territory covering the date. */
    static Criteria inTerritoryOn(String territoryId, LocalDate date) {
        return Criteria.where("territoryHistory").elemMatch(Criteria.where("territoryId").is(territoryId)
                .and("from").lte(date)
                .orOperator(Criteria.where("to").is(null), Criteria.where("to").gte(date)));
    }

    private static Criteria criteria(CentreFilter filter, Criteria scope, LocalDate today) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (filter.territoryId() != null) {
            all.add(inTerritoryOn(filter.territoryId(), today));
        }
        if (filter.department() != null) {
            all.add(Criteria.where("department").is(filter.department()));
        }
        if (filter.kind() != null) {
            all.add(Criteria.where("profile.kind").is(filter.kind()));
        }
        if (filter.management() != null) {
            all.add(Criteria.where("profile.management").is(filter.management()));
        }
        if (filter.membershipStatus() != null) {
            all.add(Criteria.where("memberships").elemMatch(Criteria.where("year").is(filter.year())
                    .and("status").is(filter.membershipStatus())));
        }
        if (filter.text() != null && !SearchKeys.of(filter.text()).isEmpty()) {
            all.add(new Criteria().orOperator(Criteria.where("nameKey").regex(SearchKeys.containing(filter.text())),
                    Criteria.where("communeKey").regex(SearchKeys.containing(filter.text()))));
        }
        return new Criteria().andOperator(all);
    }
}
