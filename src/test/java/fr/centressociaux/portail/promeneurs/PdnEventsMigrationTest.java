package fr.centressociaux.portail.promeneurs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.PdnMeetings;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.internal.LegacyPdnEvents;
import fr.centressociaux.portail.promeneurs.internal.LegacyPdnEvents.LegacyPdnEvent;
import fr.centressociaux.portail.promeneurs.internal.SatisfactionAnswerRepository;
import fr.centressociaux.portail.promeneurs.internal.YearLedgers;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before the network's events were meetings: its {@code pdn_events} become
 * meetings of the network's kinds under the same ids, once, and the collection is dropped. The
 * figures of 2023 belong to this class.
 */
@PortalTest
class PdnEventsMigrationTest {

    @Autowired
    PdnEventsMigration migration;
    @Autowired
    PdnMeetings pdnMeetings;
    @Autowired
    MeetingService meetings;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    MongoOperations mongo;
    @Autowired
    SatisfactionAnswerRepository answers;
    @Autowired
    YearLedgers ledgers;

    @Test
    void stored_events_become_meetings_with_their_participants_once_and_the_old_collection_goes() {
        Professional first = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2022, 3, 1));
        Professional second = fixtures.labelledIn(fixtures.structure(StructureKind.LYCEE, "AA62"),
                LocalDate.of(2022, 4, 1));
        String sessionId = new ObjectId().toHexString();
        String exchangeId = new ObjectId().toHexString();
        mongo.insert(new LegacyPdnEvent(sessionId, "REMOTE_SESSION", "Séance à distance", LocalDate.of(2023, 2, 14),
                Department.PAS_DE_CALAIS, null, List.of(first.getId(), second.getId())), LegacyPdnEvents.COLLECTION);
        mongo.insert(new LegacyPdnEvent(exchangeId, "EXCHANGE_HALF_DAY", "Échanges du Littoral",
                LocalDate.of(2023, 5, 23), Department.PAS_DE_CALAIS, fixtures.territoryId("LIT62"),
                List.of(first.getId())), LegacyPdnEvents.COLLECTION);
        // An answer to the session's questionnaire, which names the event by its id.
        SatisfactionAnswer answer = new SatisfactionAnswer(new PdnMeeting(sessionId, StandardKind.REMOTE_SESSION,
                "Séance à distance", LocalDate.of(2023, 2, 14), List.of(Department.PAS_DE_CALAIS), null, false,
                List.of()), first.getId(), Department.PAS_DE_CALAIS, "migration-test", Instant.now());
        answer.answer(5, "", Instant.now());
        // Recorded as the answer page does: the answer and its entry in the year's ledger (another
        // test may have built the 2023 ledger already, so the entry is not left to a rebuild).
        ledgers.record(answers.insert(answer));

        assertThat(migration.migrate()).isEqualTo(2);
        assertThat(migration.migrate()).as("nothing left to do").isZero();

        PdnMeeting session = pdnMeetings.find(sessionId).orElseThrow();
        assertThat(session.kind()).isEqualTo(StandardKind.REMOTE_SESSION);
        assertThat(session.date()).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(session.presentPersonIds()).containsExactlyInAnyOrder(first.getId(), second.getId());
        PdnMeeting exchange = pdnMeetings.find(exchangeId).orElseThrow();
        assertThat(exchange.territoryId()).isEqualTo(fixtures.territoryId("LIT62"));
        assertThat(mongo.collectionExists(LegacyPdnEvents.COLLECTION)).isFalse();
        assertThat(fixtures.asCoordinator(() -> meetings.counts(sessionId)).participants()).isEqualTo(2);

        PromeneursYear year = fixtures.asCoordinator(() -> figures.year(2023, Department.PAS_DE_CALAIS));
        assertThat(year.figure(PromeneursMeasure.EVENTS, null).orElseThrow().records()).extracting(FigureRecord::id)
                .contains(sessionId, exchangeId);
        assertThat(year.figure(PromeneursMeasure.PARTICIPANTS, "REMOTE_SESSION").orElseThrow().value())
                .isEqualByComparingTo("2");
        assertThat(year.figure(PromeneursMeasure.PARTICIPANTS, "EXCHANGE_HALF_DAY").orElseThrow().value())
                .isEqualByComparingTo("1");
        assertThat(year.value(PromeneursMeasure.SATISFACTION_AVERAGE)).as("the answer still names its event")
                .isEqualByComparingTo("5");
    }

    @Test
    void a_migration_cut_short_brings_over_only_what_is_missing() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2022, 6, 1));
        String id = new ObjectId().toHexString();
        LegacyPdnEvent event = new LegacyPdnEvent(id, "THEMATIC_HALF_DAY", "Cyber-violence", LocalDate.of(2023, 9, 19),
                Department.PAS_DE_CALAIS, null, List.of(professional.getId()));
        // The first run brought this one over and stopped before dropping the collection.
        pdnMeetings.bringOver(id, StandardKind.THEMATIC_HALF_DAY, event.title(), event.date(),
                fr.centressociaux.portail.meetings.MeetingScope.department(Department.PAS_DE_CALAIS),
                event.participantIds());
        mongo.insert(event, LegacyPdnEvents.COLLECTION);

        migration.migrate();

        assertThat(pdnMeetings.find(id).orElseThrow().presentPersonIds()).containsExactly(professional.getId());
        assertThat(fixtures.asCoordinator(() -> meetings.counts(id)).participants()).as("counted once").isEqualTo(1);
    }
}
