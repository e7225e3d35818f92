package fr.centressociaux.portail.meetings.internal;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ParticipantRepository extends MongoRepository<Participant, String>, ParticipantQueries {

    List<Participant> findByMeetingIdOrderByLastNameAscFirstNameAsc(String meetingId);

    List<Participant> findByMeetingIdAndCentreIdOrderByLastNameAscFirstNameAsc(String meetingId, String centreId);

    List<Participant> findByMeetingIdAndTerritoryIdInOrderByLastNameAscFirstNameAsc(String meetingId,
            java.util.Collection<String> territoryIds);

    Optional<Participant> findByMeetingIdAndPersonKey(String meetingId, String personKey);

    boolean existsByMeetingIdAndPresence(String meetingId, Presence presence);

    /** Whether this device already checked someone else in at the meeting. */
    boolean existsByMeetingIdAndCheckInDeviceHashAndIdNot(String meetingId, String checkInDeviceHash, String id);

    long countByMeetingId(String meetingId);

    void deleteByMeetingId(String meetingId);
}
