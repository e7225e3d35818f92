package fr.centressociaux.portail.meetings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

class ParticipantQueriesImpl implements ParticipantQueries {

    private static final String COLLECTION = "meeting_participants";
    /** Up to a page of meetings is matched by id; more by year. */
    static final int MOST_IDS_PER_QUERY = 200;

    private final MongoOperations mongo;

    ParticipantQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, MeetingCounts> countsOf(int year, Map<String, Integer> invitedByMeeting) {
        // A page's few meetings by id; many (totals, export) by year, which the database matches without
        // comparing each row with thousands of ids, keeping here only the meetings asked for.
        Criteria which = invitedByMeeting.size() <= MOST_IDS_PER_QUERY
                ? Criteria.where("meetingId").in(invitedByMeeting.keySet())
                : Criteria.where("year").is(year);
        Map<String, Tally> tallies = new HashMap<>();
        for (Document row : aggregate(Aggregation.newAggregation(
                match(which.and("presence").is(Presence.PRESENT)),
                group("meetingId", "kind", "department", "invitedCentre").count().as("n")
                        .addToSet("centreId").as("centres")))) {
            Document key = row.get("_id", Document.class);
            String meetingId = key.getString("meetingId");
            if (invitedByMeeting.containsKey(meetingId)) {
                tallies.computeIfAbsent(meetingId, id -> new Tally()).add(key.getString("kind"),
                        key.getString("department"), row.getInteger("n"),
                        key.getBoolean("invitedCentre", false) ? row.getList("centres", String.class) : List.of());
            }
        }
        Map<String, MeetingCounts> counts = new HashMap<>();
        invitedByMeeting.forEach((meetingId, invited) -> counts.put(meetingId,
                tallies.getOrDefault(meetingId, new Tally()).counts(invited)));
        return counts;
    }

    @Override
    public Participant markPresence(String meetingId, String participantId, Presence presence,
            @Nullable Instant at) {
        Criteria mine = Criteria.where("_id").is(participantId).and("meetingId").is(meetingId);
        Update update = new Update().set("presence", presence).inc("version", 1);
        if (presence == Presence.PRESENT && at != null) {
            // Keeps the first check-in time: only set where none is recorded yet.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId).and("meetingId").is(meetingId)
                    .and("checkedInAt").is(null)), new Update().set("checkedInAt", at), Participant.class);
        } else if (presence != Presence.PRESENT) {
            update.unset("checkedInAt");
        }
        return mongo.findAndModify(Query.query(mine), update, FindAndModifyOptions.options().returnNew(true),
                Participant.class);
    }

    @Override
    public void grantUndo(String participantId, String keyHash, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId)),
                new Update().set("undoKeyHash", keyHash).set("undoUntil", until), Participant.class);
    }

    @Override
    public boolean claimUndo(String meetingId, String participantId, String keyHash, Instant now) {
        // One conditional update: two taps on "undo" cannot both succeed.
        Query granted = Query.query(Criteria.where("_id").is(participantId).and("meetingId").is(meetingId)
                .and("undoKeyHash").is(keyHash).and("undoUntil").gt(now).and("presence").is(Presence.PRESENT));
        return mongo.updateFirst(granted, new Update().unset("undoKeyHash").unset("undoUntil"), Participant.class)
                .getModifiedCount() == 1;
    }

    @Override
    public Map<String, Integer> presentByMeeting(String centreId, Collection<String> meetingIds) {
        Map<String, Integer> present = new HashMap<>();
        for (Document row : aggregate(Aggregation.newAggregation(
                match(Criteria.where("centreId").is(centreId).and("meetingId").in(meetingIds).and("presence")
                        .is(Presence.PRESENT)),
                group("meetingId").count().as("n")))) {
            present.put(row.getString("_id"), row.getInteger("n"));
        }
        return present;
    }

    @Override
    public List<String> meetingIdsOfCentre(String centreId) {
        return mongo.findDistinct(Query.query(Criteria.where("centreId").is(centreId)), "meetingId", COLLECTION,
                String.class);
    }

    @Override
    public void refreshCentres(String meetingId, int year, List<InvitedCentre> invited) {
        mongo.updateMulti(Query.query(Criteria.where("meetingId").is(meetingId)), new Update().set("year", year),
                Participant.class);
        mongo.updateMulti(Query.query(Criteria.where("meetingId").is(meetingId).and("centreId").ne(null)),
                new Update().set("invitedCentre", false), Participant.class);
        for (InvitedCentre centre : invited) {
            mongo.updateMulti(Query.query(Criteria.where("meetingId").is(meetingId).and("centreId")
                    .is(centre.centreId())), new Update().set("invitedCentre", true)
                    .set("territoryId", centre.territoryId()).set("department", centre.department()),
                    Participant.class);
        }
    }

    /** One meeting's present people added up from the aggregation's rows (one per kind and department). */
    private static final class Tally {

        private int participants;
        private final Map<ParticipantKind, Integer> byKind = new EnumMap<>(ParticipantKind.class);
        private final Map<Department, Integer> byDepartment = new EnumMap<>(Department.class);
        private final Set<String> centres = new HashSet<>();

        /** Invited centres only: a centre outside the scope adds people, not a represented centre. */
        void add(String kind, @Nullable String department, int n, List<@Nullable String> invitedCentres) {
            participants += n;
            byKind.merge(ParticipantKind.valueOf(kind), n, Integer::sum);
            if (department != null) {
                byDepartment.merge(Department.valueOf(department), n, Integer::sum);
            }
            invitedCentres.stream().filter(java.util.Objects::nonNull).forEach(centres::add);
        }

        MeetingCounts counts(int invited) {
            return new MeetingCounts(participants, byKind, byDepartment, centres.size(), invited);
        }
    }

    private List<Document> aggregate(Aggregation aggregation) {
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults();
    }
}
