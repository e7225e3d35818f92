package fr.centressociaux.portail.centres.internal;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.centres.ApplicationStatus;
import fr.centressociaux.portail.centres.MembershipApplication;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface ApplicationRepository extends MongoRepository<MembershipApplication, String> {

    List<MembershipApplication> findByStatusOrderBySubmittedAt(ApplicationStatus status);

    /** Whether this address already has an application for a structure of this name (any case) in one of these states. */
    @Query(value = "{ 'directorEmail': ?0, 'profile.name': { $regex: ?1, $options: 'i' }, 'status': { $in: ?2 } }",
            exists = true)
    boolean existsForDirectorAndName(String directorEmail, String exactNamePattern,
            Collection<ApplicationStatus> statuses);
}
