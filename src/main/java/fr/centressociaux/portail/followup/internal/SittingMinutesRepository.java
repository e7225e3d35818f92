package fr.centressociaux.portail.followup.internal;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SittingMinutesRepository extends MongoRepository<SittingMinutes, String> {
}
