package fr.centressociaux.portail.meetings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
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

    private final MongoOperations mongo;

    ParticipantQueriesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, MeetingCounts> countsOf(Map<String, Integer> invitedByMeeting) {
        Criteria present = Criteria.where("meetingId").in(invitedByMeeting.keySet()).and("presence")
                .is(Presence.PRESENT);
        Map<String, Map<ParticipantKind, Integer>> kinds = new HashMap<>();
        Map<String, Map<Department, Integer>> departments = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (Document row : aggregate(Aggregation.newAggregation(match(present),
                group("meetingId", "kind", "department").count().as("n")))) {
            Document key = row.get("_id", Document.class);
            String meetingId = key.getString("meetingId");
            int n = row.getInteger("n");
            totals.merge(meetingId, n, Integer::sum);
            kinds.computeIfAbsent(meetingId, id -> new EnumMap<>(ParticipantKind.class))
                    .merge(ParticipantKind.valueOf(key.getString("kind")), n, Integer::sum);
            if (key.getString("department") != null) {
                departments.computeIfAbsent(meetingId, id -> new EnumMap<>(Department.class))
                        .merge(Department.valueOf(key.getString("department")), n, Integer::sum);
            }
        }
        Map<String, Integer> represented = new HashMap<>();
        for (Document row : aggregate(Aggregation.newAggregation(
                match(present.and("invitedCentre").is(true)),
                group("meetingId", "centreId"),
                group("_id.meetingId").count().as("n")))) {
            represented.put(row.getString("_id"), row.getInteger("n"));
        }
        Map<String, MeetingCounts> counts = new HashMap<>();
        invitedByMeeting.forEach((meetingId, invited) -> counts.put(meetingId, new MeetingCounts(
                totals.getOrDefault(meetingId, 0), kinds.getOrDefault(meetingId, Map.of()),
                departments.getOrDefault(meetingId, Map.of()), represented.getOrDefault(meetingId, 0), invited)));
        return counts;
    }

    @Override
    public Participant markPresence(String meetingId, String participantId, Presence presence, Instant at) {
        Criteria mine = Criteria.where("_id").is(participantId).and("meetingId").is(meetingId);
        Update update = new Update().set("presence", presence).inc("version", 1);
        if (presence == Presence.PRESENT) {
            // Keeps the first check-in time: only set where none is recorded yet.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId).and("meetingId").is(meetingId)
                    .and("checkedInAt").is(null)), new Update().set("checkedInAt", at), Participant.class);
        } else {
            update.unset("checkedInAt");
        }
        return mongo.findAndModify(Query.query(mine), update, FindAndModifyOptions.options().returnNew(true),
                Participant.class);
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
    public void refreshCentres(String meetingId, List<InvitedCentre> invited) {
        mongo.updateMulti(Query.query(Criteria.where("meetingId").is(meetingId).and("centreId").ne(null)),
                new Update().set("invitedCentre", false), Participant.class);
        for (InvitedCentre centre : invited) {
            mongo.updateMulti(Query.query(Criteria.where("meetingId").is(meetingId).and("centreId")
                    .is(centre.centreId())), new Update().set("invitedCentre", true)
                    .set("territoryId", centre.territoryId()).set("department", centre.department()),
                    Participant.class);
        }
    }

    private List<Document> aggregate(Aggregation aggregation) {
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults();
    }
}
