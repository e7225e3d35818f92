package fr.centressociaux.portail.meetings.internal;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MeetingFileRepository extends MongoRepository<MeetingFile, String> {
}
