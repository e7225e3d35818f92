package fr.centressociaux.portail.meetings.internal;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.TermType;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MeetingTermRepository extends MongoRepository<MeetingTerm, String> {

    List<MeetingTerm> findByTypeOrderByOrderAscNameAsc(TermType type);

    Optional<MeetingTerm> findByTypeAndCode(TermType type, String code);

    boolean existsByTypeAndNameKey(TermType type, String nameKey);

    long countByType(TermType type);
}
