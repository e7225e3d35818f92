package fr.centressociaux.portail.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.meetings.CountedLine;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingStatus;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class MeetingQueriesImpl implements MeetingQueries {

    /** Lists never need the invited centres' details, only their count. */
    private static final String[] HEAVY_FIELDS = {"invitedCentres", "invitedCentreIds", "minutes", "agenda",
        "namedByCentre"};

    /** What totals read of a meeting: its counts, never its invited centres. */
    private static final String[] COUNTABLE_FIELDS = {"_id", "invitedCount", "kindId", "title", "scope", "date",
        "startTime", "endTime", "place", "organiserName", "status", "year", "departments", "namedPresent",
        "countedLines", "representedCentreIds"};

    private final MongoOperations mongo;
    private final MeetingYears meetingYears;

    MeetingQueriesImpl(MongoOperations mongo, MeetingYears meetingYears) {
        this.mongo = mongo;
        this.meetingYears = meetingYears;
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
        query.fields().include(COUNTABLE_FIELDS);
        return mongo.find(query, Meeting.class);
    }

    @Override
    public InvitedOfSet invitedOfSet(MeetingFilter filter, Criteria visible) {
        // No $unwind: the embedded server copies the whole document for each element it unwinds,
        // which made a year of the network quadratic in the invited lists. `distinct` flattens the
        // arrays in one pass on either server, and only the distinct centres travel back.
        Criteria scheduled = new Criteria().andOperator(criteria(filter, visible),
                Criteria.where("status").is(MeetingStatus.SCHEDULED));
        Query countable = Query.query(scheduled);
        if (filter.department() == null) {
            return new InvitedOfSet(new HashSet<>(mongo.findDistinct(countable, "invitedCentres.centreId",
                    "meetings", Meeting.class, String.class)), Map.of());
        }
        String department = filter.department().name();
        Set<String> distinct = new HashSet<>();
        for (Document centre : mongo.findDistinct(countable, "invitedCentres", "meetings", Meeting.class,
                Document.class)) {
            if (department.equals(centre.getString("department"))) {
                distinct.add(centre.getString("centreId"));
            }
        }
        Map<String, Integer> perMeeting = new HashMap<>();
        Document ofDepartment = invitedOf(new Document("$eq", List.of("$$c.department", department)));
        aggregate(List.of(Aggregation.match(scheduled),
                Aggregation.stage(new Document("$project", new Document("n", new Document("$size", ofDepartment))))))
                .forEach(row -> perMeeting.put(row.get("_id").toString(), row.getInteger("n")));
        return new InvitedOfSet(distinct, perMeeting);
    }

    @Override
    public Map<Integer, List<Meeting>> findCountableOfYears(List<Integer> years, Criteria visible) {
        Map<Integer, List<Meeting>> byYear = new HashMap<>();
        // The index lists a meeting moved to another year in both: its date decides.
        years.forEach(year -> byYear.put(year, new ArrayList<>()));
        List<@Nullable String> wholeYears = Collections.singletonList(null);
        for (Meeting meeting : meetingYears.index().find(years, wholeYears, visible,
                fields -> fields.include(COUNTABLE_FIELDS), Meeting.class)) {
            List<Meeting> ofYear = byYear.get(meeting.getDate().getYear());
            if (ofYear != null && meeting.getStatus() == MeetingStatus.SCHEDULED) {
                ofYear.add(meeting);
            }
        }
        return byYear;
    }

    @Override
    public Map<String, List<InvitedCentre>> invitedCentresOf(List<Meeting> meetings,
            @Nullable Set<Department> departments) {
        // Only the meetings covering a department asked for can have invited one of its centres.
        List<String> ids = meetings.stream().filter(meeting -> departments == null
                || meeting.getDepartments().stream().anyMatch(departments::contains)).map(Meeting::getId).toList();
        Map<String, List<InvitedCentre>> invited = new HashMap<>();
        // The fields the meeting is built from come along, so it maps; the heavy part is the invited centres.
        for (Meeting meeting : meetingYears.index().findByIds(ids, new Criteria(), fields -> fields.include("_id",
                "kindId", "title", "scope", "date", "startTime", "endTime", "place", "organiserName", "invitedCentres"),
                Meeting.class)) {
            invited.put(meeting.getId(), departments == null ? meeting.getInvitedCentres()
                    : meeting.getInvitedCentres().stream().filter(centre -> departments.contains(centre.department()))
                            .toList());
        }
        return invited;
    }

    /** The meeting's invited centres that meet the condition on {@code $$c}. */
    private static Document invitedOf(Document condition) {
        return new Document("$filter", new Document("input", "$invitedCentres").append("as", "c")
                .append("cond", condition));
    }

    @Override
    public List<Meeting> findCountsOfYear(int year) {
        Query query = Query.query(Criteria.where("year").is(year));
        query.fields().include("_id", "kindId", "title", "scope", "date", "startTime", "endTime", "place",
                "organiserName", "status", "year", "departments", "countedLines", "attendanceChanges", "version");
        return mongo.find(query, Meeting.class);
    }

    private List<Document> aggregate(List<AggregationOperation> stages) {
        return mongo.aggregate(Aggregation.newAggregation(stages), "meetings", Document.class).getMappedResults();
    }

    @Override
    public void countPresence(String meetingId, String cell, @Nullable String invitedCentreId,
            @Nullable String externalPersonId, int delta) {
        Update update = attendanceChange().inc("namedPresent." + cell, delta);
        if (externalPersonId != null) {
            if (delta > 0) {
                update.addToSet("presentExternalIds", externalPersonId);
            } else {
                update.pull("presentExternalIds", externalPersonId);
            }
        }
        if (invitedCentreId != null) {
            update.inc("namedByCentre." + invitedCentreId, delta);
            if (delta > 0) {
                update.addToSet("representedCentreIds", invitedCentreId);
            }
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(meetingId)), update, Meeting.class);
        if (invitedCentreId != null && delta < 0) {
            // Checked on the document as it is now: a centre someone joined meanwhile stays.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(meetingId)
                    .and("namedByCentre." + invitedCentreId).lte(0)
                    .and("countedLines.centreId").ne(invitedCentreId)),
                    attendanceChange().pull("representedCentreIds", invitedCentreId), Meeting.class);
        }
    }

    @Override
    public boolean replaceCountedLines(String meetingId, long attendanceChanges, List<CountedLine> lines,
            List<String> represented) {
        return mongo.updateFirst(unchangedSince(meetingId, attendanceChanges), attendanceChange()
                .set("countedLines", lines).set("representedCentreIds", represented), Meeting.class)
                .getModifiedCount() == 1;
    }

    @Override
    public boolean storeNamedCounts(String meetingId, long attendanceChanges, NamedCounts counts) {
        return mongo.updateFirst(unchangedSince(meetingId, attendanceChanges), namedCounts(counts), Meeting.class)
                .getModifiedCount() == 1;
    }

    @Override
    public void storeNamedCounts(List<NamedCounts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Meeting.class);
        for (NamedCounts meeting : counts) {
            bulk.updateOne(Query.query(Criteria.where("_id").is(meeting.meetingId())), namedCounts(meeting));
        }
        bulk.execute();
    }

    /** The named counts, the represented centres and the register's people present, rebuilt together. */
    private static Update namedCounts(NamedCounts counts) {
        return attendanceChange().set("namedPresent", counts.named()).set("namedByCentre", counts.byCentre())
                .set("representedCentreIds", counts.represented())
                .set("presentExternalIds", counts.presentExternalIds());
    }

    @Override
    public Map<String, Long> attendanceChangesOfYear(int year) {
        Query query = Query.query(Criteria.where("year").is(year));
        query.fields().include("_id", "attendanceChanges");
        Map<String, Long> changes = new HashMap<>();
        for (Document meeting : mongo.find(query, Document.class, "meetings")) {
            Number count = meeting.get("attendanceChanges", Number.class);
            // The id as Meeting.getId() gives it (an ObjectId's hex form).
            changes.put(String.valueOf(meeting.get("_id")), count == null ? 0L : count.longValue());
        }
        return changes;
    }

    private static Query unchangedSince(String meetingId, long attendanceChanges) {
        return Query.query(Criteria.where("_id").is(meetingId).and("attendanceChanges").is(attendanceChanges));
    }

    /**
     * Every attendance change bumps the version too, so a whole-document save of the meeting read
     * before it is refused rather than writing back stale counts ({@link Meeting#getVersion()}
     * hides these increments from forms).
     */
    private static Update attendanceChange() {
        return new Update().inc("version", 1).inc("attendanceChanges", 1);
    }

    @Override
    public List<Meeting> findUpcomingFor(String centreId, LocalDate from, int limit) {
        Query query = Query.query(Criteria.where("invitedCentreIds").is(centreId).and("date").gte(from)
                .and("status").is(MeetingStatus.SCHEDULED)).with(Sort.by("date", "startTime")).limit(limit);
        query.fields().exclude(HEAVY_FIELDS);
        return mongo.find(query, Meeting.class);
    }

    @Override
    public List<Meeting> findWithPartnersOfYear(int year, java.util.Collection<String> partnerIds) {
        Query query = Query.query(Criteria.where("year").is(year).and("partnerIds").in(partnerIds)
                .and("status").is(MeetingStatus.SCHEDULED)).with(Sort.by("date", "startTime"));
        query.fields().include("_id", "kindId", "title", "scope", "date", "startTime", "endTime", "place",
                "organiserName", "organiserId", "status", "year", "territoryIds", "partnerIds", "invitedCentres",
                "invitedCentreIds", "representedCentreIds");
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

    @Override
    public long forgetClearCheckInTokens() {
        return mongo.updateMulti(Query.query(Criteria.where("checkInToken").exists(true)),
                new Update().unset("checkInToken"), Meeting.class).getModifiedCount();
    }
}
