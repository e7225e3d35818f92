package fr.centressociaux.portail.support;

import java.util.List;

import fr.centressociaux.portail.audit.AuditEntry;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Reads the audit log directly, without needing an admin signed in. */
public final class AuditTrail {

    private final AuditEntryRepository entries;

    public AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** The entries of this type about this subject, oldest first. */
    public List<AuditEntry> of(AuditEventType type, String subject) {
        return entries.find(Query.query(Criteria.where("type").is(type).and("subject").is(subject))
                .with(Sort.by("at")));
    }
}
