package fr.centressociaux.portail.trainings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface EnrolmentRepository extends MongoRepository<Enrolment, String>, EnrolmentQueries {

    List<Enrolment> findBySessionIdOrderByLastNameAscFirstNameAsc(String sessionId);

    List<Enrolment> findBySessionIdAndCentreIdOrderByLastNameAscFirstNameAsc(String sessionId, String centreId);

    List<Enrolment> findBySessionIdAndTerritoryIdInOrderByLastNameAscFirstNameAsc(String sessionId,
            Collection<String> territoryIds);

    List<Enrolment> findBySessionIdAndStatusOrderByQueueNumberAsc(String sessionId, EnrolmentStatus status);

    List<Enrolment> findBySessionIdAndStatusIn(String sessionId, Collection<EnrolmentStatus> statuses);

    List<Enrolment> findByCentreIdOrderByYearDescLastNameAscFirstNameAsc(String centreId);

    Optional<Enrolment> findBySessionIdAndPersonKey(String sessionId, String personKey);

    /** The enrolments of these centres with a day attended on or after the date (only their centre is read). */
    @Query(value = "{ 'centreId': { $in: ?0 }, 'year': { $gte: ?1 }, 'attendedDays': { $gte: ?2 } }",
            fields = "{ 'centreId': 1 }")
    List<CentreOnly> findAttendedSince(Collection<String> centreIds, int fromYear, LocalDate since);

    /** An enrolment's centre, for the queries that need no more. */
    record CentreOnly(String centreId) {
    }

    boolean existsBySessionId(String sessionId);

    boolean existsBySessionIdAndAttendedMinutesGreaterThan(String sessionId, int minutes);
}
