package fr.centressociaux.portail.followup.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.followup.SupportStatus;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface SupportActionRepository extends MongoRepository<SupportAction, String> {

    List<SupportAction> findByCentreIdOrderByStartedOnDesc(String centreId, Pageable pageable);

    List<SupportAction> findByCentreIdAndConfidentialFalseOrderByStartedOnDesc(String centreId, Pageable pageable);

    long countByCentreId(String centreId);

    List<SupportAction> findByCentreIdInAndStatusNot(Collection<String> centreIds, SupportStatus status);

    long countByCentreIdAndConfidentialFalse(String centreId);

    /** The actions started between the two dates, both included. */
    @Query("{ 'startedOn': { $gte: ?0, $lte: ?1 } }")
    List<SupportAction> findStartedWithin(LocalDate from, LocalDate to);

    /** The actions of the department's centres started between the two dates, both included. */
    @Query("{ 'department': ?0, 'startedOn': { $gte: ?1, $lte: ?2 } }")
    List<SupportAction> findStartedWithin(Department department, LocalDate from, LocalDate to);

    /**
     * What the yearly figures count and list of an action; notes, next step, people and outcome are
     * left out (reading and mapping them was a good part of the figures' cost).
     */
    String COUNTED = "{ 'centreId': 1, 'centreName': 1, 'department': 1, 'territoryId': 1, 'kind': 1, 'theme': 1, "
            + "'cooperation': 1, 'partners': 1, 'ameppSessionId': 1, 'startedOn': 1, 'status': 1, 'confidential': 1 }";

    /** {@link #findStartedWithin(LocalDate, LocalDate)} with the {@link #COUNTED} fields only, the others empty. */
    @Query(value = "{ 'startedOn': { $gte: ?0, $lte: ?1 } }", fields = COUNTED)
    List<SupportAction> findCountedStartedWithin(LocalDate from, LocalDate to);

    /** {@link #findStartedWithin(Department, LocalDate, LocalDate)} with the {@link #COUNTED} fields only. */
    @Query(value = "{ 'department': ?0, 'startedOn': { $gte: ?1, $lte: ?2 } }", fields = COUNTED)
    List<SupportAction> findCountedStartedWithin(Department department, LocalDate from, LocalDate to);
}
