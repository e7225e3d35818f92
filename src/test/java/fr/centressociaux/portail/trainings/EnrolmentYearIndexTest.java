package fr.centressociaux.portail.trainings;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enrolments' year index ({@code training_enrolment_years}, DD013 "Year-keyed reads"): the
 * training bilan reads a year's enrolments by id from it, gives the same figures once the index
 * is gone (and builds it again), and follows a session moved to another year.
 */
@PortalTest
class EnrolmentYearIndexTest {

    private static final String INDEX = "training_enrolment_years";

    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;
    @Autowired
    TrainingBilans bilans;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MongoOperations mongo;

    TrainingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
    }

    @Test
    void a_year_whose_index_is_gone_gives_the_same_bilan_and_is_indexed_again_from_its_enrolments() {
        int year = 2013;
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        Training training = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH, null, year);
        LocalDate day = LocalDate.of(year, 3, 12);
        TrainingSession session = fixtures.session(training, 10, day, day);
        EnrolmentLine anne = fixtures.enrol(fixtures.admin, session, calais.id(), "Anne", "Lefort",
                ParticipantKind.EMPLOYEE);
        fixtures.attend(anne, day);
        fixtures.attend(fixtures.enrol(fixtures.admin, session, dunkerque.id(), "Basile", "Nord",
                ParticipantKind.VOLUNTEER), day);
        List<TrainingBilan> indexed = bilansOf(year);

        mongo.remove(Query.query(Criteria.where("_id").is(year)), INDEX);
        List<TrainingBilan> rebuilt = bilansOf(year);

        assertThat(rebuilt).isEqualTo(indexed);
        assertThat(indexed.getFirst().total().trainees()).isEqualTo(1);
        assertThat(indexed.getLast().total().trainees()).isEqualTo(2);
        assertThat(index(year)).contains(new ObjectId(anne.enrolment().getId()));
        assertThat(mongo.findById(year, Document.class, INDEX).getBoolean("built")).isTrue();
    }

    @Test
    void a_session_moved_to_another_year_takes_its_enrolments_with_it() {
        int year = 2014;
        CentreWithDirector calais = fixtures.calais();
        Training training = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH, null, year);
        LocalDate december = LocalDate.of(year, 12, 16);
        TrainingSession session = fixtures.session(training, 10, december, december);
        EnrolmentLine anne = fixtures.enrol(fixtures.admin, session, calais.id(), "Anne", "Lefort",
                ParticipantKind.EMPLOYEE);
        bilansOf(year);
        LocalDate january = LocalDate.of(year + 1, 1, 13);

        fixtures.asAdmin(() -> sessions.update(session.getId(), session.getVersion(), new SessionDraft(
                List.of(new SessionDraft.Day(january, TrainingFixtures.MORNING, TrainingFixtures.EVENING, "Arras")),
                null, 10, december)));
        fixtures.attend(anne, january);

        assertThat(index(year + 1)).contains(new ObjectId(anne.enrolment().getId()));
        assertThat(bilansOf(year + 1).getFirst().total().trainees()).isEqualTo(1);
        assertThat(bilansOf(year).getFirst().total().trainees()).isZero();
    }

    /** The Pas-de-Calais' bilan of the year, then both departments'. */
    private List<TrainingBilan> bilansOf(int year) {
        return fixtures.asAdmin(() -> List.of(bilans.bilan(year, Department.PAS_DE_CALAIS), bilans.bilan(year, null)));
    }

    private List<Object> index(int year) {
        Document index = mongo.findById(year, Document.class, INDEX);
        return index == null ? List.of() : index.getList("ids", Object.class);
    }
}
