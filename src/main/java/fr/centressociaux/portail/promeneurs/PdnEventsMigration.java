package fr.centressociaux.portail.promeneurs;

import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.PdnMeetings;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.internal.LegacyPdnEvents;
import fr.centressociaux.portail.promeneurs.internal.LegacyPdnEvents.LegacyPdnEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once, at startup: the events of a database from before DD015's move become meetings of the
 * network's kinds under their own ids (so the questionnaires' answers and the year ledgers, which
 * name them by id, still do), with their participants present; then {@code pdn_events} is dropped.
 * Idempotent: a run cut short brings over again only what is missing (meetings' {@code bringOver}
 * skips what exists), and a database without the collection has nothing to do. After the meetings'
 * kinds are seeded (order 5), before any demo data.
 */
@Component
@Order(6)
class PdnEventsMigration implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PdnEventsMigration.class);

    private final LegacyPdnEvents legacy;
    private final PdnMeetings meetings;

    PdnEventsMigration(LegacyPdnEvents legacy, PdnMeetings meetings) {
        this.legacy = legacy;
        this.meetings = meetings;
    }

    @Override
    public void run(ApplicationArguments args) {
        migrate();
    }

    /** Brings every stored event over; returns how many there were. */
    int migrate() {
        if (!legacy.exist()) {
            return 0;
        }
        List<LegacyPdnEvent> events = legacy.all();
        for (LegacyPdnEvent event : events) {
            MeetingScope scope = event.territoryId() != null ? MeetingScope.territory(event.territoryId())
                    : MeetingScope.department(event.department());
            meetings.bringOver(event.id(), StandardKind.valueOf(event.kind()), event.title(), event.date(), scope,
                    Objects.requireNonNullElse(event.participantIds(), List.of()));
        }
        legacy.drop();
        LOG.info("Promeneurs du Net: {} network events brought over to meetings", events.size());
        return events.size();
    }
}
