package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static fr.centressociaux.portail.attendance.ParticipantKind.EMPLOYEE;
import static fr.centressociaux.portail.attendance.ParticipantKind.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings' year index ({@code meeting_years}, DD013 "Year-keyed reads"): the bilan's meetings
 * lines read a year's meetings by id from it, and give the same figures as without it, after a
 * meeting moves between years or is cancelled, and when two writers add meetings at once.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingYearIndexTest {

    private static final String INDEX = "meeting_years";
    private static final int YEAR = 2021;

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingService meetings;
    @Autowired
    MongoOperations mongo;
    @Autowired
    MeetingMeasure.Held count;
    @Autowired
    MeetingMeasure.Participants participants;
    @Autowired
    MeetingMeasure.CentresRepresented centres;
    @Autowired
    MeetingMeasure.CentresRate rate;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void a_year_whose_index_is_gone_gives_the_same_figures_and_is_indexed_again_from_its_meetings() {
        Centre calais = fixtures.centre("LIT62", YEAR);
        Centre roubaix = fixtures.centre("MELN", YEAR);
        Meeting littoral = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(YEAR, 3, 9));
        Meeting network = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(YEAR, 5, 4));
        fixtures.present(littoral, calais, EMPLOYEE);
        fixtures.present(network, calais, VOLUNTEER);
        fixtures.present(network, roubaix, EMPLOYEE);
        List<Double> indexed = figures();

        mongo.remove(Query.query(Criteria.where("_id").is(YEAR)), INDEX);
        List<Double> rebuilt = figures();

        assertThat(rebuilt).isEqualTo(indexed);
        assertThat(indexed.getFirst()).isEqualTo(2);
        assertThat(index(YEAR)).contains(new ObjectId(littoral.getId()), new ObjectId(network.getId()));
        assertThat(mongo.findById(YEAR, Document.class, INDEX).getBoolean("built")).isTrue();
    }

    @Test
    void a_meeting_written_around_the_services_into_a_year_never_indexed_is_found_by_the_first_reading() {
        int year = 2017;
        Meeting meeting = MeetingFixtures.unsaved(kind, "Réunion chargée en bloc", MeetingScope.network(),
                LocalDate.of(year, 4, 6), List.of(), List.of(), List.of());
        Document bare = new Document();
        mongo.getConverter().write(meeting, bare);
        mongo.getCollection("meetings").insertOne(bare);

        MeasureValue held = count.compute(year, MeasureArguments.of("kinds", kind));

        assertThat(held.value()).isEqualTo(1);
        assertThat(index(year)).contains(bare.get("_id"));
    }

    @Test
    void a_meeting_moved_to_another_year_counts_in_that_year_only() {
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(YEAR, 9, 14));
        fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(YEAR, 10, 5));

        meetings.update(meeting.getId(), meetings.get(meeting.getId()).getVersion(),
                MeetingFixtures.draft(kind, meeting.getScope(), LocalDate.of(YEAR - 1, 12, 8)));

        assertThat(held(YEAR)).isEqualTo(1);
        assertThat(held(YEAR - 1)).isEqualTo(1);
        assertThat(index(YEAR - 1)).contains(new ObjectId(meeting.getId()));
    }

    @Test
    void a_cancelled_meeting_is_no_longer_counted() {
        Meeting meeting = fixtures.territoryMeeting(kind, "AA62", LocalDate.of(YEAR, 2, 2));
        fixtures.territoryMeeting(kind, "AA62", LocalDate.of(YEAR, 2, 9));

        meetings.cancel(meeting.getId(), "Salle indisponible");

        assertThat(held(YEAR)).isEqualTo(1);
    }

    @Test
    void two_writers_creating_meetings_of_the_same_year_at_once_both_find_theirs_in_the_index() throws Exception {
        int each = 6;
        Account admin = fixtures.admin();
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<String>> writer = () -> {
            AccountFixtures.actAs(admin);
            start.await();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                ids.add(meetings.create(MeetingFixtures.draft(kind, MeetingScope.network(), LocalDate.of(YEAR, 11, 3)),
                        false).getId());
            }
            return ids;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> first = pool.submit(writer);
            Future<List<String>> second = pool.submit(writer);
            start.countDown();
            List<String> created = new ArrayList<>(first.get());
            created.addAll(second.get());

            assertThat(index(YEAR)).containsAll(created.stream().map(ObjectId::new).toList());
            assertThat(held(YEAR)).isEqualTo(2 * each);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Held, participants, centres represented and their rate, for the test's kind in the year. */
    private List<Double> figures() {
        MeasureArguments ofKind = MeasureArguments.of("kinds", kind);
        MeasureArguments ofPasDeCalais = ofKind.with("department", "62");
        return List.of(count.compute(YEAR, ofKind).value(), participants.compute(YEAR, ofKind).value(),
                participants.compute(YEAR, ofPasDeCalais).value(), centres.compute(YEAR, ofKind).value(),
                centres.compute(YEAR, ofPasDeCalais).value(), rate.compute(YEAR, ofPasDeCalais).value());
    }

    private double held(int year) {
        return count.compute(year, MeasureArguments.of("kinds", kind)).value();
    }

    private List<Object> index(int year) {
        Document index = mongo.findById(year, Document.class, INDEX);
        return index == null ? List.of() : index.getList("ids", Object.class);
    }
}
