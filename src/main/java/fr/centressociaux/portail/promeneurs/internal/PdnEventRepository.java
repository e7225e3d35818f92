package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.promeneurs.PdnEvent;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface PdnEventRepository extends MongoRepository<PdnEvent, String> {

    /** The department's events from {@code first} to {@code last}, both included. */
    @Query(value = "{ 'department': ?0, 'date': { $gte: ?1, $lte: ?2 } }", sort = "{ 'date': 1 }")
    List<PdnEvent> findInDepartment(Department department, LocalDate first, LocalDate last);

    @Query(value = "{ 'date': { $gte: ?0, $lte: ?1 } }", sort = "{ 'date': 1 }")
    List<PdnEvent> findPage(LocalDate first, LocalDate last, Pageable pageable);

    @Query(value = "{ 'date': { $gte: ?0, $lte: ?1 } }", count = true)
    long countIn(LocalDate first, LocalDate last);
}
