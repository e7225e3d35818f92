package fr.centressociaux.portail.followup.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.followup.PartnerBody;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface PartnerBodyRepository extends MongoRepository<PartnerBody, String> {

    List<PartnerBody> findAllByOrderByNameAsc(Pageable pageable);

    /** The bodies with a sitting between the two dates, both included. */
    @Query("{ 'sittings.on': { $gte: ?0, $lte: ?1 } }")
    List<PartnerBody> findSittingWithin(LocalDate from, LocalDate to);
}
