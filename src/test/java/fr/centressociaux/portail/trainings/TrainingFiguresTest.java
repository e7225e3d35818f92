package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.InvalidInputException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the training bilan and the FOSFORA table count, the bilan read through the enrolments' year
 * index and without it. Each test works on a year of its own (tests share one database), with
 * days of 7 h 30.
 */
@PortalTest
class TrainingFiguresTest {

    private static final Duration DAY = Duration.ofMinutes(450);
    /** The enrolments' year index (DD013 "Year-keyed reads"): the bilan reads a year's enrolments by id. */
    private static final String ENROLMENT_YEARS = "training_enrolment_years";

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
    Fosfora fosfora;
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
    void the_bilan_counts_people_present_once_per_training_by_kind_and_by_the_department_of_their_centre() {
        int year = 2005;
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector boulogne = fixtures.centre("LIT62", "62200", "Boulogne-sur-Mer");
        CentreWithDirector dunkerque = fixtures.dunkerque();
        Training jobs = fixtures.training(TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, null, year);
        Training mixed = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH, null, year);
        LocalDate march1 = LocalDate.of(year, 3, 1);
        LocalDate march2 = LocalDate.of(year, 3, 2);
        LocalDate june = LocalDate.of(year, 6, 10);
        LocalDate september = LocalDate.of(year, 9, 15);
        TrainingSession s1 = fixtures.session(jobs, 10, march1, march1, march2);
        TrainingSession s2 = fixtures.session(jobs, 10, june, june);
        TrainingSession s3 = fixtures.session(mixed, 10, september, september);
        TrainingSession cancelled = fixtures.session(jobs, 10, june, june.plusDays(1));
        int later = 2009;
        TrainingSession nextYear = fixtures.session(jobs, 10, LocalDate.of(later, 1, 9), LocalDate.of(later, 1, 10));

        fixtures.attend(enrol(s1, calais, "Anne", "Martin", ParticipantKind.EMPLOYEE), march1, march2);
        fixtures.attend(enrol(s2, calais, "Anne", "Martin", ParticipantKind.EMPLOYEE), june);
        fixtures.attend(enrol(s1, calais, "Bruno", "Petit", ParticipantKind.EMPLOYEE), march1);
        enrol(s1, calais, "Carla", "Absente", ParticipantKind.EMPLOYEE);
        EnrolmentLine denis = enrol(s2, calais, "Denis", "Parti", ParticipantKind.EMPLOYEE);
        fixtures.asAdmin(() -> enrolments.withdraw(denis.enrolment().getId()));
        fixtures.attend(enrol(s2, dunkerque, "Emma", "Nord", ParticipantKind.EMPLOYEE), june);
        fixtures.attend(enrol(s3, calais, "Anne", "Martin", ParticipantKind.EMPLOYEE), september);
        fixtures.attend(enrol(s3, calais, "Fanny", "Bénévole", ParticipantKind.VOLUNTEER), september);
        fixtures.attend(enrol(s3, boulogne, "Gilles", "Bénévole", ParticipantKind.VOLUNTEER), september);
        enrol(cancelled, calais, "Henri", "Annulé", ParticipantKind.EMPLOYEE);
        fixtures.asAdmin(() -> sessions.cancel(cancelled.getId(), cancelled.getVersion(), "Trop peu d’inscrits"));
        fixtures.attend(enrol(nextYear, calais, "Iris", "Janvier", ParticipantKind.EMPLOYEE),
                LocalDate.of(later, 1, 10));

        TrainingBilan pasDeCalais = fixtures.asAdmin(() -> bilans.bilan(year, Department.PAS_DE_CALAIS));
        TrainingBilan both = fixtures.asAdmin(() -> bilans.bilan(year, null));

        assertThat(pasDeCalais.rows()).extracting(TrainingBilan.Row::trainingId)
                .containsExactly(jobs.getId(), mixed.getId());
        assertThat(counts(pasDeCalais, jobs)).isEqualTo(new TraineeCounts(2, 0, 1, 2, DAY.multipliedBy(4)));
        assertThat(counts(pasDeCalais, mixed)).isEqualTo(new TraineeCounts(1, 2, 2, 1, DAY.multipliedBy(3)));
        assertThat(pasDeCalais.total()).as("Anne counts once across both trainings")
                .isEqualTo(new TraineeCounts(2, 2, 2, 3, DAY.multipliedBy(7)));
        assertThat(counts(both, jobs)).isEqualTo(new TraineeCounts(3, 0, 2, 2, DAY.multipliedBy(5)));
        assertThat(both.total()).isEqualTo(new TraineeCounts(3, 2, 3, 3, DAY.multipliedBy(8)));
        assertThat(fixtures.asAdmin(() -> bilans.bilan(later, Department.PAS_DE_CALAIS)).total().trainees())
                .as("a session counts in the year of its first day").isEqualTo(1);
    }

    @Test
    void the_fosfora_table_counts_volunteers_and_centres_once_per_line_and_adds_lines_up_in_subtotals() {
        int year = 2006;
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector boulogne = fixtures.centre("LIT62", "62200", "Boulogne-sur-Mer");
        Training catalogueA = fixtures.training(TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS,
                FosforaLine.VOLUNTEERS_CATALOGUE, year);
        Training catalogueB = fixtures.training(TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS,
                FosforaLine.VOLUNTEERS_CATALOGUE, year);
        Training powerToAct = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH,
                FosforaLine.POWER_TO_ACT, year);
        Training mixedWithoutVolunteers = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH,
                FosforaLine.MIXED, year);
        Training notEligible = fixtures.training(TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS, null, year);
        LocalDate d1 = LocalDate.of(year, 2, 6);
        LocalDate d2 = LocalDate.of(year, 2, 7);
        LocalDate d3 = LocalDate.of(year, 4, 3);
        LocalDate d4 = LocalDate.of(year, 5, 12);
        LocalDate d5 = LocalDate.of(year, 6, 20);
        TrainingSession s1 = amount(fixtures.session(catalogueA, 12, d1, d1, d2), "900");
        TrainingSession s2 = amount(fixtures.session(catalogueA, 12, d3, d3), "450");
        TrainingSession s3 = amount(fixtures.session(catalogueB, 12, d4, d4), "450");
        TrainingSession s4 = amount(fixtures.session(powerToAct, 12, d5, d5), "225");
        TrainingSession s5 = amount(fixtures.session(mixedWithoutVolunteers, 12, d5, d5), "300");
        TrainingSession s6 = fixtures.session(notEligible, 12, d5, d5);

        fixtures.attend(enrol(s1, calais, "Vol", "Un", ParticipantKind.VOLUNTEER), d1, d2);
        fixtures.attend(enrol(s2, calais, "Vol", "Un", ParticipantKind.VOLUNTEER), d3);
        fixtures.attend(enrol(s3, calais, "Vol", "Un", ParticipantKind.VOLUNTEER), d4);
        fixtures.attend(enrol(s1, calais, "Vol", "Deux", ParticipantKind.VOLUNTEER), d2);
        fixtures.attend(enrol(s2, boulogne, "Vol", "Trois", ParticipantKind.VOLUNTEER), d3);
        enrol(s1, boulogne, "Vol", "Absent", ParticipantKind.VOLUNTEER);
        fixtures.attend(enrol(s4, calais, "Vol", "Un", ParticipantKind.VOLUNTEER), d5);
        fixtures.attend(enrol(s4, calais, "Emp", "Un", ParticipantKind.EMPLOYEE), d5);
        fixtures.attend(enrol(s5, boulogne, "Emp", "Deux", ParticipantKind.EMPLOYEE), d5);
        fixtures.attend(enrol(s6, boulogne, "Vol", "Hors fonds", ParticipantKind.VOLUNTEER), d5);
        fixtures.asAdmin(() -> fosfora.addSpecificFunding(year, "Congrès", new BigDecimal("10000")));

        FosforaTable table = fixtures.asAdmin(() -> fosfora.table(year, null));

        assertThat(table.sections()).extracting(FosforaTable.Section::group).containsExactly(FosforaGroup.VOLUNTEERS,
                FosforaGroup.MIXED, FosforaGroup.AMEPP, FosforaGroup.SPECIFIC_FUNDING, FosforaGroup.INTERNAL);
        assertThat(line(table, FosforaLine.VOLUNTEERS_CATALOGUE))
                .isEqualTo(new FosforaFigures(2, 3, 3, 4, new BigDecimal("1800.00")));
        assertThat(line(table, FosforaLine.BOARD_CONFERENCE)).isEqualTo(FosforaFigures.NONE);
        assertThat(section(table, FosforaGroup.VOLUNTEERS).subtotal())
                .isEqualTo(new FosforaFigures(2, 3, 3, 4, new BigDecimal("1800.00")));
        assertThat(line(table, FosforaLine.POWER_TO_ACT))
                .isEqualTo(new FosforaFigures(1, 1, 1, 1, new BigDecimal("225.00")));
        assertThat(line(table, FosforaLine.MIXED)).as("a session without volunteers present counts nothing")
                .isEqualTo(FosforaFigures.NONE);
        assertThat(section(table, FosforaGroup.SPECIFIC_FUNDING).rows()).singleElement().satisfies(row -> {
            assertThat(row.funding().getLabel()).isEqualTo("Congrès");
            assertThat(row.figures().amount()).isEqualByComparingTo("10000");
        });
        assertThat(table.total()).as("the volunteer on two lines counts on both, as in the federation's table")
                .isEqualTo(new FosforaFigures(3, 4, 4, 5, new BigDecimal("12025.00")));
    }

    @Test
    void a_departments_fosfora_table_counts_its_centres_volunteers_and_its_share_of_each_sessions_amount() {
        int year = 2004;
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector boulogne = fixtures.centre("LIT62", "62200", "Boulogne-sur-Mer");
        CentreWithDirector dunkerque = fixtures.dunkerque();
        Training newBoard = fixtures.training(TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS,
                FosforaLine.NEW_BOARD_MEMBERS_DAY, year);
        LocalDate day = LocalDate.of(year, 10, 4);
        LocalDate other = LocalDate.of(year, 11, 8);
        TrainingSession shared = amount(fixtures.session(newBoard, 12, day, day), "100");
        TrainingSession nordOnly = amount(fixtures.session(newBoard, 12, other, other), "90");
        fixtures.attend(enrol(shared, calais, "Vol", "Un", ParticipantKind.VOLUNTEER), day);
        fixtures.attend(enrol(shared, boulogne, "Vol", "Deux", ParticipantKind.VOLUNTEER), day);
        fixtures.attend(enrol(shared, dunkerque, "Vol", "Trois", ParticipantKind.VOLUNTEER), day);
        fixtures.attend(enrol(nordOnly, dunkerque, "Vol", "Quatre", ParticipantKind.VOLUNTEER), other);
        fixtures.asAdmin(() -> fosfora.addSpecificFunding(year, "Congrès", new BigDecimal("500")));

        FosforaTable network = fixtures.asAdmin(() -> fosfora.table(year, null));
        FosforaTable pasDeCalais = fixtures.asAdmin(() -> fosfora.table(year, Department.PAS_DE_CALAIS));
        FosforaTable nord = fixtures.asAdmin(() -> fosfora.table(year, Department.NORD));

        assertThat(line(network, FosforaLine.NEW_BOARD_MEMBERS_DAY))
                .isEqualTo(new FosforaFigures(3, 4, 2, 2, new BigDecimal("190.00")));
        assertThat(line(pasDeCalais, FosforaLine.NEW_BOARD_MEMBERS_DAY)).as("two thirds of 100 €")
                .isEqualTo(new FosforaFigures(2, 2, 1, 1, new BigDecimal("66.67")));
        assertThat(line(nord, FosforaLine.NEW_BOARD_MEMBERS_DAY)).as("a third of 100 € and the whole 90 €")
                .isEqualTo(new FosforaFigures(1, 2, 2, 2, new BigDecimal("123.33")));
        assertThat(pasDeCalais.department()).isEqualTo(Department.PAS_DE_CALAIS);
        assertThat(pasDeCalais.sections()).extracting(FosforaTable.Section::group)
                .as("fundings outside sessions belong to the network's table").doesNotContain(
                        FosforaGroup.SPECIFIC_FUNDING);
        assertThat(pasDeCalais.total().amount().add(nord.total().amount())).isEqualByComparingTo("190.00");
        assertThat(network.total().amount()).isEqualByComparingTo("690.00");
    }

    @Test
    void the_reports_open_on_this_year_once_someone_of_the_department_attended_in_it() {
        int thisYear = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        CentreWithDirector calais = fixtures.calais();
        Training training = fixtures.training(TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, null, thisYear);
        LocalDate day = LocalDate.of(thisYear, 1, 15);
        TrainingSession session = fixtures.session(training, 12, day, day);
        fixtures.attend(enrol(session, calais, "Emp", "Présente", ParticipantKind.EMPLOYEE), day);

        assertThat(fixtures.asAdmin(() -> bilans.defaultYear(Department.PAS_DE_CALAIS)))
                .isEqualTo(new fr.centressociaux.portail.shared.DefaultYear(thisYear, null));
    }

    @Test
    void a_new_fosfora_line_on_a_training_moves_its_volunteers_to_that_line() {
        int year = 2007;
        CentreWithDirector calais = fixtures.calais();
        Training training = fixtures.training(TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS,
                FosforaLine.VOLUNTEERS_CATALOGUE, year);
        LocalDate day = LocalDate.of(year, 3, 3);
        TrainingSession session = amount(fixtures.session(training, 12, day, day), "450");
        fixtures.attend(enrol(session, calais, "Vol", "Un", ParticipantKind.VOLUNTEER), day);

        fixtures.asAdmin(() -> catalogue.update(training.getId(), training.getVersion(), new TrainingDraft(year,
                training.getTitle(), TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS, List.of(),
                training.getDuration(), "", "", "", FosforaLine.BOARD_CONFERENCE)));
        FosforaTable table = fixtures.asAdmin(() -> fosfora.table(year, null));

        assertThat(line(table, FosforaLine.VOLUNTEERS_CATALOGUE)).isEqualTo(FosforaFigures.NONE);
        assertThat(line(table, FosforaLine.BOARD_CONFERENCE))
                .isEqualTo(new FosforaFigures(1, 1, 1, 1, new BigDecimal("450.00")));
    }

    @Test
    void an_amount_is_recorded_only_for_a_session_of_a_training_eligible_to_the_fund() {
        Training notEligible = fixtures.training(TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, null, 2008);
        LocalDate day = LocalDate.of(2008, 5, 5);
        TrainingSession session = fixtures.session(notEligible, 12, day, day);

        assertThatThrownBy(() -> amount(session, "100"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_year_whose_enrolments_index_is_gone_gives_the_same_bilan_and_is_indexed_again() {
        int year = 2013;
        TrainingSession session = sessionOn(LocalDate.of(year, 3, 12));
        LocalDate day = session.getDays().getFirst().date();
        EnrolmentLine anne = enrol(session, fixtures.calais(), "Anne", "Lefort", ParticipantKind.EMPLOYEE);
        fixtures.attend(anne, day);
        fixtures.attend(enrol(session, fixtures.dunkerque(), "Basile", "Nord", ParticipantKind.VOLUNTEER), day);
        List<TrainingBilan> indexed = bilansOf(year);

        mongo.remove(Query.query(Criteria.where("_id").in(year + ":PAS_DE_CALAIS", year + ":NORD")),
                ENROLMENT_YEARS);
        List<TrainingBilan> rebuilt = bilansOf(year);

        assertThat(rebuilt).isEqualTo(indexed);
        assertThat(indexed).extracting(bilan -> bilan.total().trainees()).containsExactly(1, 2);
        assertThat(indexedIn(year)).contains(new ObjectId(anne.enrolment().getId()));
        assertThat(mongo.findById(year + ":NORD", Document.class, ENROLMENT_YEARS).getBoolean("built")).isTrue();
    }

    @Test
    void a_session_moved_to_another_year_takes_its_enrolments_along() {
        int year = 2014;
        LocalDate december = LocalDate.of(year, 12, 16);
        TrainingSession session = sessionOn(december);
        EnrolmentLine anne = enrol(session, fixtures.calais(), "Anne", "Lefort", ParticipantKind.EMPLOYEE);
        bilansOf(year);
        LocalDate january = LocalDate.of(year + 1, 1, 13);

        fixtures.asAdmin(() -> sessions.update(session.getId(), session.getVersion(), new SessionDraft(
                List.of(new SessionDraft.Day(january, TrainingFixtures.MORNING, TrainingFixtures.EVENING, "Arras")),
                null, 10, december)));
        fixtures.attend(anne, january);

        assertThat(indexedIn(year + 1)).contains(new ObjectId(anne.enrolment().getId()));
        assertThat(bilansOf(year + 1).getFirst().total().trainees()).isEqualTo(1);
        assertThat(bilansOf(year).getFirst().total().trainees()).isZero();
    }

    /** A one-day session, its registration closing that day, of a training of the day's year. */
    private TrainingSession sessionOn(LocalDate day) {
        Training training = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH, null, day.getYear());
        return fixtures.session(training, 10, day, day);
    }

    /** The Pas-de-Calais' bilan of the year, then both departments'. */
    private List<TrainingBilan> bilansOf(int year) {
        return fixtures.asAdmin(() -> List.of(bilans.bilan(year, Department.PAS_DE_CALAIS), bilans.bilan(year, null)));
    }

    /** The enrolments of the Pas-de-Calais' centres listed in the year. */
    private List<Object> indexedIn(int year) {
        Document index = mongo.findById(year + ":PAS_DE_CALAIS", Document.class, ENROLMENT_YEARS);
        return index == null ? List.of() : index.getList("ids", Object.class);
    }

    private EnrolmentLine enrol(TrainingSession session, CentreWithDirector centre, String firstName, String lastName,
            ParticipantKind kind) {
        return fixtures.enrol(fixtures.admin, session, centre.id(), firstName, lastName, kind);
    }

    private TrainingSession amount(TrainingSession session, String euros) {
        return fixtures.asAdmin(() -> sessions.recordFosforaAmount(session.getId(), session.getVersion(),
                new BigDecimal(euros)));
    }

    private static TraineeCounts counts(TrainingBilan bilan, Training training) {
        return bilan.rows().stream().filter(row -> row.trainingId().equals(training.getId())).findFirst()
                .orElseThrow().counts();
    }

    private static FosforaTable.Section section(FosforaTable table, FosforaGroup group) {
        return table.sections().stream().filter(section -> section.group() == group).findFirst().orElseThrow();
    }

    private static FosforaFigures line(FosforaTable table, FosforaLine line) {
        return section(table, line.group()).rows().stream().filter(row -> row.line() == line).findFirst()
                .orElseThrow().figures();
    }
}
