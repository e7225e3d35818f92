package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import org.springframework.stereotype.Component;

/**
 * The names of the kinds of meeting, kept in memory: every list page names its meetings' kinds,
 * and on the embedded server a second query costs a page as much as its meetings. Forgotten when
 * this instance changes a term, read again when a kind is unknown (made elsewhere) and at least
 * every minute (a rename made by another instance).
 */
@Component
class KindNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final MeetingTermRepository terms;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    KindNames(MeetingTermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    /** The kind's name, or "" for a kind that does not exist. */
    String of(String kindId) {
        Snapshot current = snapshot;
        if (!current.names().containsKey(kindId) || current.readAt().plus(FRESH_FOR).isBefore(clock.instant())) {
            current = read();
        }
        return current.names().getOrDefault(kindId, "");
    }

    void forget() {
        snapshot = new Snapshot(Map.of(), Instant.MIN);
    }

    private Snapshot read() {
        Map<String, String> names = new HashMap<>();
        terms.findByTypeOrderByOrderAscNameAsc(TermType.KIND).forEach(term -> names.put(term.getId(), term.getName()));
        Snapshot read = new Snapshot(Map.copyOf(names), clock.instant());
        snapshot = read;
        return read;
    }

    private record Snapshot(Map<String, String> names, Instant readAt) {
    }
}
