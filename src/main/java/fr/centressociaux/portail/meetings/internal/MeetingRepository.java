package fr.centressociaux.portail.meetings.internal;

import java.util.Optional;

import fr.centressociaux.portail.meetings.Meeting;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MeetingRepository extends MongoRepository<Meeting, String>, MeetingQueries {

    Optional<Meeting> findByCheckInTokenHash(String checkInTokenHash);
}
