package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import fr.centressociaux.portail.shared.KeptInMemory;
import org.springframework.stereotype.Component;

/**
 * The names of the kinds of meeting, kept in memory: every list page names its meetings' kinds,
 * and on the embedded server a second query costs a page as much as its meetings. Forgotten when
 * this instance changes a term, read again when a kind is unknown (made elsewhere) and at least
 * every minute (a rename made by another instance).
 */
@Component
class KindNames {

    private final KeptInMemory<Map<String, String>> names;

    KindNames(MeetingTermRepository terms, Clock clock) {
        this.names = new KeptInMemory<>(() -> read(terms), clock, Duration.ofMinutes(1));
    }

    /** The kind's name, or "" for a kind that does not exist. */
    String of(String kindId) {
        return names.get(known -> known.containsKey(kindId)).getOrDefault(kindId, "");
    }

    void forget() {
        names.forget();
    }

    private static Map<String, String> read(MeetingTermRepository terms) {
        Map<String, String> names = new HashMap<>();
        terms.findByTypeOrderByOrderAscNameAsc(TermType.KIND).forEach(term -> names.put(term.getId(), term.getName()));
        return Map.copyOf(names);
    }
}
