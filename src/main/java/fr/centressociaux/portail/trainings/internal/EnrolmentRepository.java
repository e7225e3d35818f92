package fr.centressociaux.portail.trainings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EnrolmentRepository extends MongoRepository<Enrolment, String>, EnrolmentQueries {

    List<Enrolment> findBySessionIdOrderByLastNameAscFirstNameAsc(String sessionId);

    List<Enrolment> findBySessionIdAndCentreIdOrderByLastNameAscFirstNameAsc(String sessionId, String centreId);

    List<Enrolment> findBySessionIdAndTerritoryIdInOrderByLastNameAscFirstNameAsc(String sessionId,
            Collection<String> territoryIds);

    List<Enrolment> findBySessionIdAndStatusOrderByQueueNumberAsc(String sessionId, EnrolmentStatus status);

    List<Enrolment> findBySessionIdAndStatusIn(String sessionId, Collection<EnrolmentStatus> statuses);

    List<Enrolment> findByCentreIdOrderByYearDescLastNameAscFirstNameAsc(String centreId);

    Optional<Enrolment> findBySessionIdAndPersonKey(String sessionId, String personKey);

    boolean existsBySessionId(String sessionId);

    boolean existsBySessionIdAndAttendedMinutesGreaterThan(String sessionId, int minutes);
}
