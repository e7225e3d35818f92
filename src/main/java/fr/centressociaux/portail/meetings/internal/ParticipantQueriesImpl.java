package fr.centressociaux.portail.meetings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
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
    public @Nullable Participant changePresence(String meetingId, String participantId, Presence presence,
            @Nullable Instant at) {
        Update update = new Update().set("presence", presence).inc("version", 1);
        if (presence == Presence.PRESENT && at != null) {
            // Keeps the first check-in time: only set where none is recorded yet.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId).and("meetingId").is(meetingId)
                    .and("checkedInAt").is(null)), new Update().set("checkedInAt", at), Participant.class);
        } else if (presence != Presence.PRESENT) {
            update.unset("checkedInAt");
        }
        // Matches only a real change, so the counts move once however often it is asked.
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(participantId).and("meetingId")
                .is(meetingId).and("presence").ne(presence)), update, Participant.class);
    }

    @Override
    public List<PresentGroup> presentGroups(@Nullable String meetingId, int year) {
        Criteria which = meetingId != null ? Criteria.where("meetingId").is(meetingId)
                : Criteria.where("year").is(year);
        List<PresentGroup> groups = new ArrayList<>();
        for (Document row : aggregate(Aggregation.newAggregation(
                match(which.and("presence").is(Presence.PRESENT)),
                group("meetingId", "kind", "department", "centreId", "invitedCentre").count().as("n")
                        .addToSet("externalPersonId").as("externalPersonIds")))) {
            Document key = row.get("_id", Document.class);
            // People of the meeting's own register have no external id: the set may hold a null.
            List<String> externalIds = row.getList("externalPersonIds", String.class, List.of()).stream()
                    .filter(java.util.Objects::nonNull).toList();
            groups.add(new PresentGroup(key.getString("meetingId"), key.getString("kind"),
                    key.getString("department"), key.getString("centreId"),
                    key.getBoolean("invitedCentre", false), row.getInteger("n"), externalIds));
        }
        return groups;
    }

    @Override
    public void grantUndo(String participantId, String keyHash, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId)),
                new Update().set("undoKeyHash", keyHash).set("undoUntil", until), Participant.class);
    }

    @Override
    public void noteSelfCheckIn(String participantId, String deviceHash, boolean toConfirm) {
        Update update = new Update().set("checkInDeviceHash", deviceHash);
        if (toConfirm) {
            update.set("toConfirm", true);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId)), update, Participant.class);
    }

    @Override
    public void settle(String participantId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId).and("toConfirm").is(true)),
                new Update().unset("toConfirm"), Participant.class);
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
    public Map<String, List<String>> presentCentresByMeeting(Collection<String> centreIds, int fromYear, int toYear) {
        Map<String, List<String>> centres = new HashMap<>();
        for (Document row : aggregate(Aggregation.newAggregation(
                match(Criteria.where("centreId").in(centreIds).and("presence").is(Presence.PRESENT).and("year")
                        .gte(fromYear).lte(toYear)),
                group("meetingId", "centreId")))) {
            Document key = row.get("_id", Document.class);
            centres.computeIfAbsent(key.getString("meetingId"), id -> new ArrayList<>()).add(key.getString("centreId"));
        }
        return centres;
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

    private List<Document> aggregate(Aggregation aggregation) {
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults();
    }
}
