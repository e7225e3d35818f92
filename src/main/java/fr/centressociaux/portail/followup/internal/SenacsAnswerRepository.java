package fr.centressociaux.portail.followup.internal;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.followup.SenacsAnswer;
import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface SenacsAnswerRepository extends MongoRepository<SenacsAnswer, String> {

    List<SenacsAnswer> findByYear(int year);

    /** The year's answers of the department with one of the statuses: year, centre and status only. */
    @Query(value = "{ 'year': ?0, 'department': ?1, 'status': { $in: ?2 } }",
            fields = "{ 'year': 1, 'centreId': 1, 'status': 1 }")
    List<SenacsAnswer> findStatuses(int year, Department department, Collection<SenacsStatus> statuses);

    /** The year's answers with one of the statuses: year, centre and status only. */
    @Query(value = "{ 'year': ?0, 'status': { $in: ?1 } }", fields = "{ 'year': 1, 'centreId': 1, 'status': 1 }")
    List<SenacsAnswer> findStatuses(int year, Collection<SenacsStatus> statuses);
}
