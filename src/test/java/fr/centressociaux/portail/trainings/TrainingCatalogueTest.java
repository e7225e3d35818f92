package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue as staff write it and directors browse it. Works on the 2012 catalogue. */
@PortalTest
class TrainingCatalogueTest {

    private static final int YEAR = 2012;

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

    TrainingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
    }

    @Test
    void a_training_is_checked_field_by_field_before_it_is_stored() {
        TrainingDraft empty = new TrainingDraft(1999, " ", null, null, List.of(), Duration.ZERO, null, null,
                "x".repeat(200), null);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> catalogue.create(empty))).isInstanceOfSatisfying(
                InvalidInputException.class, refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("year", "title", "family", "audience", "duration", "trainer"));
    }

    @Test
    void a_training_keeps_what_staff_wrote_with_its_target_jobs_once_each() {
        Training created = fixtures.asAdmin(() -> catalogue.create(new TrainingDraft(YEAR,
                "  Être référent·e   famille ", TrainingFamily.METIERS, TrainingAudience.EMPLOYEES,
                List.of(Job.REFERENT_FAMILLE, Job.REFERENT_FAMILLE, Job.COORDINATION), Duration.ofMinutes(1260),
                "- comprendre la **fonction**", "Jour 1 : …", "Équipe PAF", FosforaLine.MIXED)));

        assertThat(created.getTitle()).isEqualTo("Être référent·e famille");
        assertThat(created.getTargetJobs()).containsExactly(Job.REFERENT_FAMILLE, Job.COORDINATION);
        assertThat(created.getDuration()).isEqualTo(Duration.ofHours(21));
        assertThat(created.isFosforaEligible()).isTrue();
        assertThat(created.isPublished()).as("published by a separate step").isFalse();
        assertThat(created.getCreatedBy()).isEqualTo(fixtures.admin.getEmail());
    }

    @Test
    void directors_see_published_trainings_only_and_filter_them_by_family_audience_job_and_words() {
        CentreWithDirector calais = fixtures.calais();
        Training published = fixtures.asAdmin(() -> {
            Training made = catalogue.create(new TrainingDraft(YEAR, "Créer une web-radio de territoire",
                    TrainingFamily.THEMATIQUE, TrainingAudience.BOTH, List.of(Job.ANIMATION_JEUNESSE),
                    Duration.ofHours(14), "", "", "", null));
            return catalogue.publish(made.getId(), made.getVersion(), true);
        });
        Training draft = fixtures.asAdmin(() -> catalogue.create(new TrainingDraft(YEAR, "Web-radio, suite",
                TrainingFamily.THEMATIQUE, TrainingAudience.BOTH, List.of(), Duration.ofHours(7), "", "", "", null)));

        List<Training> directorSees = TrainingFixtures.as(calais.director(), () -> catalogue.list(
                new TrainingFilter(YEAR, null, null, null, "WEB RADIO", false), Pageable.ofSize(20)));
        List<Training> staffSees = fixtures.asAdmin(() -> catalogue.list(
                new TrainingFilter(YEAR, null, null, null, "web radio", false), Pageable.ofSize(20)));

        assertThat(directorSees).extracting(Training::getId).containsExactly(published.getId());
        assertThat(staffSees).extracting(Training::getId).contains(published.getId(), draft.getId());
        assertThat(TrainingFixtures.as(calais.director(), () -> catalogue.count(new TrainingFilter(YEAR,
                TrainingFamily.THEMATIQUE, TrainingAudience.BOTH, Job.ANIMATION_JEUNESSE, "radio", false))))
                .isEqualTo(1);
        assertThat(TrainingFixtures.as(calais.director(), () -> catalogue.count(new TrainingFilter(YEAR,
                TrainingFamily.METIERS, null, null, "radio", false)))).isZero();
        assertThatThrownBy(() -> TrainingFixtures.as(calais.director(), () -> catalogue.get(draft.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TrainingFixtures.as(calais.director(), catalogue::years)).contains(YEAR);
    }

    @Test
    void the_upcoming_filter_lists_trainings_with_a_session_still_to_come() {
        CentreWithDirector calais = fixtures.calais();
        Training withUpcoming = fixtures.training();
        Training pastOnly = fixtures.training();
        fixtures.upcomingSession(withUpcoming, 10);
        LocalDate lastYear = LocalDate.now().minusYears(1);
        fixtures.session(pastOnly, 10, lastYear, lastYear);

        List<String> ids = TrainingFixtures.as(calais.director(),
                () -> catalogue.list(TrainingFilter.upcoming(), Pageable.unpaged())).stream().map(Training::getId)
                .toList();

        assertThat(ids).contains(withUpcoming.getId()).doesNotContain(pastOnly.getId());
        assertThat(TrainingFixtures.as(calais.director(), () -> sessions.ofTraining(withUpcoming.getId())))
                .singleElement().satisfies(row -> {
                    assertThat(row.status()).isEqualTo(SessionStatus.OPEN);
                    assertThat(row.training().getId()).isEqualTo(withUpcoming.getId());
                });
    }

    @Test
    void an_edit_made_on_an_old_version_is_refused() {
        Training training = fixtures.training();
        fixtures.asAdmin(() -> catalogue.publish(training.getId(), training.getVersion(), false));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> catalogue.publish(training.getId(), training.getVersion(),
                true))).isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
    }

    @Test
    void a_training_with_sessions_cannot_be_deleted_and_one_without_can() {
        Training withSession = fixtures.training();
        Training empty = fixtures.training();
        fixtures.upcomingSession(withSession, 5);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            catalogue.delete(withSession.getId());
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                .isEqualTo("training.delete.has-sessions"));
        fixtures.asAdmin(() -> {
            catalogue.delete(empty.getId());
            return null;
        });
        assertThatThrownBy(() -> fixtures.asAdmin(() -> catalogue.get(empty.getId())))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_session_is_checked_field_by_field() {
        Training training = fixtures.training();
        LocalDate day = LocalDate.now().plusDays(10);
        SessionDraft wrong = new SessionDraft(List.of(
                new SessionDraft.Day(day, TrainingFixtures.EVENING, TrainingFixtures.MORNING, "Lille"),
                new SessionDraft.Day(day, TrainingFixtures.MORNING, TrainingFixtures.EVENING, ""),
                new SessionDraft.Day(null, null, null, "Arras")), null, 0, day.plusDays(1));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> sessions.schedule(training.getId(), wrong)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("days[0].end", "days[1].place",
                                "days[1].date", "days[2].date", "days[2].start", "days[2].end", "capacity",
                                "registrationDeadline"));
    }

    @Test
    void sessions_with_nobody_enrolled_can_be_deleted_others_only_cancelled() {
        CentreWithDirector calais = fixtures.calais();
        Training training = fixtures.training();
        TrainingSession empty = fixtures.upcomingSession(training, 5);
        TrainingSession taken = fixtures.upcomingSession(training, 5);
        fixtures.enrol(taken, calais.id(), "Anne", ParticipantKind.EMPLOYEE);

        fixtures.asAdmin(() -> {
            sessions.delete(empty.getId());
            return null;
        });
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            sessions.delete(taken.getId());
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                .isEqualTo("training.session.delete.has-enrolments"));
    }
}
