package fr.centressociaux.portail.trainings;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures the trainings module publishes for the bilan (DD013), on a year of their own: trainees
 * of a department split employees / volunteers, hours attended and sessions, with the trainings
 * behind them; they are the training bilan's own figures.
 */
@PortalTest
class TrainingMeasuresTest {


    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TrainingBilanMeasure.Trainees trainees;
    @Autowired
    TrainingBilanMeasure.Hours hours;
    @Autowired
    TrainingBilanMeasure.Sessions sessionCount;

    TrainingFixtures fixtures;
    Training welcome;

    @BeforeEach
    void signInAsStaff() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
        AccountFixtures.actAs(fixtures.admin);
    }

    /** One training in a year of the test's own, with two Pas-de-Calais trainees and one from the Nord. */
    private void oneTrainingWithTraineesOfBothDepartments(int year) {
        CentreWithDirector calais = fixtures.calais();
        CentreWithDirector dunkerque = fixtures.dunkerque();
        welcome = fixtures.training(TrainingFamily.METIERS, TrainingAudience.BOTH, null, year);
        LocalDate day1 = LocalDate.of(year, 3, 1);
        LocalDate day2 = LocalDate.of(year, 3, 2);
        TrainingSession session = fixtures.session(welcome, 10, day1, day1, day2);
        fixtures.attend(fixtures.enrol(fixtures.admin, session, calais.id(), "Anne", "Martin", ParticipantKind.EMPLOYEE),
                day1, day2);
        fixtures.attend(fixtures.enrol(fixtures.admin, session, calais.id(), "Bruno", "Petit",
                ParticipantKind.VOLUNTEER), day1);
        fixtures.attend(fixtures.enrol(fixtures.admin, session, dunkerque.id(), "Emma", "Nord",
                ParticipantKind.EMPLOYEE), day1);
    }

    @Test
    void trainees_of_a_department_are_counted_by_kind_with_their_trainings() {
        int year = 2011;
        oneTrainingWithTraineesOfBothDepartments(year);
        MeasureValue all = trainees.compute(year, MeasureArguments.of("department", "62"));
        MeasureValue employees = trainees.compute(year, MeasureArguments.of("department", "62")
                .with("participantKinds", "EMPLOYEE"));
        MeasureValue bothDepartments = trainees.compute(year, MeasureArguments.NONE);

        assertThat(all.value()).isEqualTo(2);
        assertThat(employees.value()).isEqualTo(1);
        assertThat(bothDepartments.value()).isEqualTo(3);
        assertThat(all.records()).singleElement().satisfies(record -> {
            assertThat(record.path()).isEqualTo("/formations/" + welcome.getId());
            assertThat(record.detail()).isEqualTo("1 salarié(s), 1 bénévole(s), 1 session(s)");
        });
    }

    @Test
    void hours_attended_and_sessions_are_the_training_bilans() {
        int year = 2012;
        oneTrainingWithTraineesOfBothDepartments(year);
        MeasureValue hoursOf62 = hours.compute(year, MeasureArguments.of("department", "62"));
        MeasureValue sessionsOf62 = sessionCount.compute(year, MeasureArguments.of("department", "62"));

        // Anne 2 days, Bruno 1 day, of 7 h 30 each
        assertThat(hoursOf62.value()).isEqualTo(22.5);
        assertThat(hoursOf62.unit()).isEqualTo(MeasureUnit.HOURS);
        assertThat(sessionsOf62.value()).isEqualTo(1);
        assertThat(sessionsOf62.records()).extracting(MeasureRecord::label).containsExactly(welcome.getTitle());
    }
}
