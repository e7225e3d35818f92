package fr.centressociaux.portail.centres.internal;

import java.util.List;

import fr.centressociaux.portail.centres.ApplicationStatus;
import fr.centressociaux.portail.centres.MembershipApplication;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ApplicationRepository extends MongoRepository<MembershipApplication, String> {

    List<MembershipApplication> findByStatusOrderBySubmittedAt(ApplicationStatus status);
}
