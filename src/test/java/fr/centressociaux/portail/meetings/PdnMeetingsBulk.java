package fr.centressociaux.portail.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Builds Promeneurs du Net meetings in bulk for a benchmark, with the module's own constructors (so
 * they are stored as the services store them): the meeting with its present people's ids, counts
 * and one participant row per person present, as {@link MeetingPeople#addExternalPerson} leaves them.
 */
public final class PdnMeetingsBulk {

    private final MongoOperations mongo;
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();

    public PdnMeetingsBulk(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** A meeting of the kind in the department (or one of its territories) with these people present; inserted by {@link #insert}. */
    public Meeting add(StandardKind kind, String title, LocalDate date, Department department,
            @org.jspecify.annotations.Nullable String territoryId, List<String> present) {
        MeetingTerm term = mongo.findOne(Query.query(Criteria.where("type").is(TermType.KIND).and("code")
                .is(kind.name())), MeetingTerm.class);
        MeetingScope scope = territoryId == null ? MeetingScope.department(department)
                : MeetingScope.territory(territoryId);
        Meeting meeting = new Meeting(term.getId(), title, scope, date, LocalTime.of(9, 30), LocalTime.of(12, 0), "Arras",
                "Coordination Promeneurs du Net");
        meeting.classify(true);
        meeting.invite(scope, List.of(department), territoryId == null ? List.of() : List.of(territoryId), List.of());
        List<String> distinct = present.stream().distinct().toList();
        ReflectionTestUtils.setField(meeting, "presentExternalIds", new ArrayList<>(distinct));
        ReflectionTestUtils.setField(meeting, "namedPresent",
                new java.util.HashMap<>(java.util.Map.of(Headcount.key(ParticipantKind.PARTNER, department),
                        distinct.size())));
        meetings.add(meeting);
        return meeting;
    }

    /** Inserts the meetings added, then their participant rows; the meetings then have their ids. */
    public List<Meeting> insert() {
        mongo.insert(meetings, Meeting.class);
        for (Meeting meeting : meetings) {
            for (String personId : meeting.getPresentExternalIds()) {
                Participant participant = Participant.of(meeting, new ExternalPerson(personId, "Prénom", personId,
                        "Structure", ParticipantKind.PARTNER, meeting.getDepartments().getFirst()), Instant.now(), "bench");
                ReflectionTestUtils.setField(participant, "presence", Presence.PRESENT);
                participants.add(participant);
            }
        }
        mongo.insert(participants, Participant.class);
        List<Meeting> inserted = List.copyOf(meetings);
        meetings.clear();
        participants.clear();
        return inserted;
    }
}
