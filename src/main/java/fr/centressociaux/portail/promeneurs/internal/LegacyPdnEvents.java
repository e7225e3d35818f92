package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The {@code pdn_events} collection the network kept its events in before they became meetings
 * (DD015), read once by the migration and then dropped. Nothing else reads or writes it.
 */
@Component
public class LegacyPdnEvents {

    public static final String COLLECTION = "pdn_events";

    private final MongoOperations mongo;

    LegacyPdnEvents(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public boolean exist() {
        return mongo.collectionExists(COLLECTION);
    }

    public List<LegacyPdnEvent> all() {
        return mongo.findAll(LegacyPdnEvent.class, COLLECTION);
    }

    /** Once every event is a meeting: the collection is gone, so the migration has nothing left to do. */
    public void drop() {
        mongo.dropCollection(COLLECTION);
    }

    /** An event as it was stored; {@code kind} is the name the meetings' kinds kept. */
    public record LegacyPdnEvent(@Id String id, String kind, String title, LocalDate date, Department department,
            @Nullable String territoryId, @Nullable List<String> participantIds) {
    }
}
