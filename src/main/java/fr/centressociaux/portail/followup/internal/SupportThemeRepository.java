package fr.centressociaux.portail.followup.internal;

import fr.centressociaux.portail.followup.SupportTheme;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SupportThemeRepository extends MongoRepository<SupportTheme, String> {
}
