package fr.centressociaux.portail.audit.internal;

import java.util.List;

import fr.centressociaux.portail.audit.AuditEntry;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Insert-only access to the audit log collection: no save, update or delete is offered. */
@Repository
public class AuditEntryRepository {

    private final MongoOperations mongo;

    AuditEntryRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void insert(AuditEntry entry) {
        mongo.insert(entry);
    }

    public List<AuditEntry> find(Query query) {
        return mongo.find(query, AuditEntry.class);
    }

    public long count(Query query) {
        return mongo.count(Query.of(query).limit(0).skip(0), AuditEntry.class);
    }
}
