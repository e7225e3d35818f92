package fr.centressociaux.portail.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.meetings.Meeting;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface MeetingRepository extends MongoRepository<Meeting, String>, MeetingQueries {

    Optional<Meeting> findByCheckInTokenHash(String checkInTokenHash);

    /** The Promeneurs du Net network's meetings of the year, by date. */
    @Query(value = "{ 'promeneursDuNet': true, 'year': ?0 }", sort = "{ 'date': 1 }")
    List<Meeting> findPdnOfYear(int year);

    /** The Promeneurs du Net network's meetings from {@code first} to {@code last}, both included. */
    @Query(value = "{ 'promeneursDuNet': true, 'date': { $gte: ?0, $lte: ?1 } }", sort = "{ 'date': 1 }")
    List<Meeting> findPdnBetween(LocalDate first, LocalDate last);
}
