package fr.centressociaux.portail.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes security events and lets admins read them; there is deliberately no update or delete. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(AuditEventType type, @Nullable String actor, String subject, @Nullable String detail) {
        entries.insert(new AuditEntry(null, clock.instant(), type, actor, subject, currentRemoteAddress(), detail));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        Query query = toQuery(filter).with(pageable).with(Sort.by(Sort.Direction.DESC, "at"));
        return entries.find(query);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return entries.count(toQuery(filter));
    }

    private Query toQuery(AuditFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.type() != null) {
            criteria.and("type").is(filter.type());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            criteria.orOperator(Criteria.where("subject").regex(contains), Criteria.where("actor").regex(contains));
        }
        ZoneId zone = clock.getZone();
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from().atStartOfDay(zone).toInstant());
            }
            if (filter.to() != null) {
                at.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
        }
        return Query.query(criteria);
    }

    private static @Nullable String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? remoteAddress(attributes.getRequest())
                : null;
    }

    private static String remoteAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
