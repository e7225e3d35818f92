package fr.centressociaux.portail.promeneurs.internal;

import java.util.List;

import fr.centressociaux.portail.promeneurs.DirectoryConsent;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DirectoryConsentRepository extends MongoRepository<DirectoryConsent, String> {

    List<DirectoryConsent> findByActiveTrue();
}
