package fr.centressociaux.portail.reporting.internal;

import java.util.Optional;

import fr.centressociaux.portail.reporting.BilanSubmission;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface BilanSubmissionRepository extends MongoRepository<BilanSubmission, String> {

    Optional<BilanSubmission> findByConventionIdAndYear(String conventionId, int year);
}
