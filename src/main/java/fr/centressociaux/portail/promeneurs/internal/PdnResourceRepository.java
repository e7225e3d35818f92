package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.promeneurs.PdnResource;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface PdnResourceRepository extends MongoRepository<PdnResource, String> {

    /** The resources in the network's hands today, newest first. */
    List<PdnResource> findByWithdrawnOnNullOrderByPublishedOnDesc(Pageable pageable);

    long countByWithdrawnOnNull();

    /** The department's resources published from {@code first} to {@code last}, both included. */
    @Query(value = "{ 'department': ?0, 'publishedOn': { $gte: ?1, $lte: ?2 } }", sort = "{ 'publishedOn': 1 }")
    List<PdnResource> findPublished(Department department, LocalDate first, LocalDate last);
}
