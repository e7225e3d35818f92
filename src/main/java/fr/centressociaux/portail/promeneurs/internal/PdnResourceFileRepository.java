package fr.centressociaux.portail.promeneurs.internal;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PdnResourceFileRepository extends MongoRepository<PdnResourceFile, String> {
}
