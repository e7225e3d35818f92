package fr.centressociaux.portail.followup.internal;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.followup.SupportStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SupportActionRepository extends MongoRepository<SupportAction, String>, CountedActions {

    List<SupportAction> findByCentreIdOrderByStartedOnDesc(String centreId, Pageable pageable);

    List<SupportAction> findByCentreIdAndConfidentialFalseOrderByStartedOnDesc(String centreId, Pageable pageable);

    long countByCentreId(String centreId);

    List<SupportAction> findByCentreIdInAndStatusNot(Collection<String> centreIds, SupportStatus status);

    long countByCentreIdAndConfidentialFalse(String centreId);
}
