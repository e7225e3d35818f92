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
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.shared.measure.SharedWork;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The measures the meetings module publishes for the bilan (DD013), on meetings made for each test
 * (of a kind of their own): meetings held by kind and territory grouping, participants by kind and
 * by department, distinct centres represented and their rate, each with the records behind it;
 * and the same figures read through the meetings' year index, without it, after a meeting moves
 * between years or is cancelled, and when two writers add meetings at once.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingMeasuresTest {

    private static final LocalDate MARCH = LocalDate.of(2023, 3, 14);
    private static final LocalDate JUNE = LocalDate.of(2023, 6, 20);
    private static final String INDEX = "meeting_years";
    private static final int INDEXED_YEAR = 2021;

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingMeasure.Held count;
    @Autowired
    MeetingMeasure.Participants participants;
    @Autowired
    MeetingMeasure.CentresRepresented centres;
    @Autowired
    MeetingMeasure.CentresRate rate;
    @Autowired
    MongoOperations mongo;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void meetings_are_counted_by_kind_and_territory_and_a_grouping_adds_its_territories_up() {
        Meeting first = fixtures.territoryMeeting(kind, "LIT62", MARCH);
        Meeting second = fixtures.territoryMeeting(kind, "LIT62", JUNE);
        fixtures.territoryMeeting(kind, "AA62", JUNE);
        fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2022, 6, 1));
        Meeting cancelled = fixtures.territoryMeeting(kind, "LIT62", JUNE);
        meetings.cancel(cancelled.getId(), "Annulée faute de participants");

        MeasureValue littoral = count.compute(2023, MeasureArguments.of("kinds", kind).with("territories", "LIT62"));
        MeasureValue both = count.compute(2023, MeasureArguments.of("kinds", kind).with("territories", "LIT62", "AA62"));

        assertThat(littoral.value()).isEqualTo(2);
        assertThat(littoral.records()).extracting(MeasureRecord::path)
                .containsExactly("/reunions/" + first.getId(), "/reunions/" + second.getId());
        assertThat(littoral.records()).noneMatch(MeasureRecord::personal);
        assertThat(both.value()).isEqualTo(3);
    }

    @Test
    void a_standard_kind_is_named_by_its_code_and_a_deleted_kind_is_refused_in_french() {
        assertThat(count.compute(2023, MeasureArguments.of("kinds", "TERRITORIAL_ASSEMBLY")).unit())
                .isEqualTo(MeasureUnit.COUNT);
        assertThatThrownBy(() -> count.compute(2023, MeasureArguments.of("kinds", "a-kind-deleted-since")))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("measure.refused.meeting-kind"));
        assertThatThrownBy(() -> count.compute(2023, MeasureArguments.of("territories", "ATLANTIDE")))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("measure.refused.territory"));
    }

    @Test
    void network_meetings_count_the_participants_of_the_department_only_when_it_is_given() {
        Centre roubaix = fixtures.centre("MELN", 2023);
        Centre calais = fixtures.centre("LIT62", 2023);
        Meeting network = fixtures.meeting(kind, MeetingScope.network(), MARCH);
        fixtures.present(network, roubaix, EMPLOYEE);
        fixtures.present(network, roubaix, EMPLOYEE);
        fixtures.present(network, roubaix, VOLUNTEER);
        fixtures.present(network, calais, EMPLOYEE);
        fixtures.present(network, calais, VOLUNTEER);

        MeasureValue all = participants.compute(2023, MeasureArguments.of("kinds", kind));
        MeasureValue fromPasDeCalais = participants.compute(2023, MeasureArguments.of("kinds", kind)
                .with("department", "62"));
        MeasureValue volunteers = participants.compute(2023, MeasureArguments.of("kinds", kind)
                .with("participantKinds", "VOLUNTEER"));

        // "5 participants dont 2 du Pas-de-Calais"
        assertThat(all.value()).isEqualTo(5);
        assertThat(fromPasDeCalais.value()).isEqualTo(2);
        assertThat(fromPasDeCalais.records()).singleElement()
                .satisfies(record -> assertThat(record.detail()).isEqualTo("2 participant(s)"));
        assertThat(volunteers.value()).isEqualTo(2);
    }

    @Test
    void a_centre_at_several_meetings_is_one_centre_represented_and_the_rate_is_out_of_the_centres_invited() {
        Centre calais = fixtures.centre("LIT62", 2023);
        Centre boulogne = fixtures.centre("LIT62", 2023);
        Meeting march = fixtures.territoryMeeting(kind, "LIT62", MARCH);
        Meeting june = fixtures.territoryMeeting(kind, "LIT62", JUNE);
        fixtures.present(march, calais, EMPLOYEE);
        fixtures.present(june, calais, VOLUNTEER);
        fixtures.present(june, boulogne, VOLUNTEER);
        int invited = meetings.get(june.getId()).getInvitedCount();

        MeasureValue represented = centres.compute(2023, MeasureArguments.of("kinds", kind));
        MeasureValue percent = rate.compute(2023, MeasureArguments.of("kinds", kind));

        assertThat(represented.value()).isEqualTo(2);
        assertThat(represented.records()).extracting(MeasureRecord::path)
                .containsExactlyInAnyOrder("/centres/" + calais.getId(), "/centres/" + boulogne.getId());
        assertThat(represented.records()).filteredOn(record -> record.label().equals(calais.getProfile().name()))
                .singleElement().satisfies(record -> assertThat(record.detail()).isEqualTo("présent à 2 réunion(s)"));
        assertThat(percent.unit()).isEqualTo(MeasureUnit.PERCENT);
        assertThat(percent.value()).isEqualTo(Math.round(200.0 / invited));
    }

    @Test
    void lines_announced_to_a_bilan_read_the_invited_centres_with_the_meetings_and_give_the_figures_computed_alone() {
        Centre calais = fixtures.centre("LIT62", 2023);
        Centre roubaix = fixtures.centre("MELN", 2023);
        Meeting littoral = fixtures.territoryMeeting(kind, "LIT62", MARCH);
        Meeting lille = fixtures.territoryMeeting(kind, "MELN", JUNE);
        fixtures.present(littoral, calais, EMPLOYEE);
        fixtures.present(lille, roubaix, VOLUNTEER);
        MeasureArguments ofKind = MeasureArguments.of("kinds", kind);
        MeasureArguments ofPasDeCalais = ofKind.with("department", "62");
        SharedWork bilan = SharedWork.forYears(2022, 2023);
        List.of(ofKind, ofPasDeCalais).forEach(arguments -> {
            centres.expect(2023, arguments, bilan);
            rate.expect(2023, arguments, bilan);
        });

        for (MeasureArguments arguments : List.of(ofKind, ofPasDeCalais)) {
            assertThat(centres.compute(2023, arguments, bilan)).isEqualTo(centres.compute(2023, arguments));
            assertThat(rate.compute(2023, arguments, bilan)).isEqualTo(rate.compute(2023, arguments));
        }
        assertThat(centres.compute(2023, ofPasDeCalais, bilan).records()).extracting(MeasureRecord::path)
                .containsExactly("/centres/" + calais.getId());
        assertThat(centres.compute(2023, ofKind, bilan).value()).isEqualTo(2);
    }

    @Test
    void a_year_without_meetings_of_the_kind_counts_zero_with_no_records() {
        MeasureValue none = count.compute(2023, MeasureArguments.of("kinds", kind).with("territories", "LIT62"));

        assertThat(none.value()).isZero();
        assertThat(none.records()).isEmpty();
    }

    // The year index (meeting_years, DD013 "Year-keyed reads"): the lines read a year's meetings by id

    @Test
    void a_year_whose_index_is_gone_gives_the_same_figures_and_is_indexed_again_from_its_meetings() {
        Centre calais = fixtures.centre("LIT62", INDEXED_YEAR);
        Centre roubaix = fixtures.centre("MELN", INDEXED_YEAR);
        Meeting littoral = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(INDEXED_YEAR, 3, 9));
        Meeting network = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(INDEXED_YEAR, 5, 4));
        fixtures.present(littoral, calais, EMPLOYEE);
        fixtures.present(network, calais, VOLUNTEER);
        fixtures.present(network, roubaix, EMPLOYEE);
        List<Double> indexed = figures();

        mongo.remove(Query.query(Criteria.where("_id").is(INDEXED_YEAR)), INDEX);
        List<Double> rebuilt = figures();

        assertThat(rebuilt).isEqualTo(indexed);
        assertThat(indexed.getFirst()).isEqualTo(2);
        assertThat(index(INDEXED_YEAR)).contains(new ObjectId(littoral.getId()), new ObjectId(network.getId()));
        assertThat(mongo.findById(INDEXED_YEAR, Document.class, INDEX).getBoolean("built")).isTrue();
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
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(INDEXED_YEAR, 9, 14));
        fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(INDEXED_YEAR, 10, 5));

        meetings.update(meeting.getId(), meetings.get(meeting.getId()).getVersion(),
                MeetingFixtures.draft(kind, meeting.getScope(), LocalDate.of(INDEXED_YEAR - 1, 12, 8)));

        assertThat(held(INDEXED_YEAR)).isEqualTo(1);
        assertThat(held(INDEXED_YEAR - 1)).isEqualTo(1);
        assertThat(index(INDEXED_YEAR - 1)).contains(new ObjectId(meeting.getId()));
    }

    @Test
    void a_cancelled_meeting_is_no_longer_counted() {
        Meeting meeting = fixtures.territoryMeeting(kind, "AA62", LocalDate.of(INDEXED_YEAR, 2, 2));
        fixtures.territoryMeeting(kind, "AA62", LocalDate.of(INDEXED_YEAR, 2, 9));

        meetings.cancel(meeting.getId(), "Salle indisponible");

        assertThat(held(INDEXED_YEAR)).isEqualTo(1);
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
                ids.add(meetings.create(MeetingFixtures.draft(kind, MeetingScope.network(),
                        LocalDate.of(INDEXED_YEAR, 11, 3)), false).getId());
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

            assertThat(index(INDEXED_YEAR)).containsAll(created.stream().map(ObjectId::new).toList());
            assertThat(held(INDEXED_YEAR)).isEqualTo(2 * each);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Held, participants, centres represented and their rate, for the test's kind in the year. */
    private List<Double> figures() {
        MeasureArguments ofKind = MeasureArguments.of("kinds", kind);
        MeasureArguments ofPasDeCalais = ofKind.with("department", "62");
        return List.of(count.compute(INDEXED_YEAR, ofKind).value(),
                participants.compute(INDEXED_YEAR, ofKind).value(),
                participants.compute(INDEXED_YEAR, ofPasDeCalais).value(),
                centres.compute(INDEXED_YEAR, ofKind).value(),
                centres.compute(INDEXED_YEAR, ofPasDeCalais).value(),
                rate.compute(INDEXED_YEAR, ofPasDeCalais).value());
    }

    private double held(int year) {
        return count.compute(year, MeasureArguments.of("kinds", kind)).value();
    }

    private List<Object> index(int year) {
        Document index = mongo.findById(year, Document.class, INDEX);
        return index == null ? List.of() : index.getList("ids", Object.class);
    }
}
