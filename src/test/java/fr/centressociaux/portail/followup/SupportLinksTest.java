package fr.centressociaux.portail.followup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TraineeDraft;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAttendance;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A support action names its partners from the register (an MDS chosen there counts as an MDS
 * present), and a projet-social renewal names the AMEPP session its centre's people attended: both
 * show on the timeline and count in the yearly figures.
 */
@PortalTest
class SupportLinksTest {

    static final int YEAR = 2016;
    static final LocalDate DAY = LocalDate.of(YEAR, 10, 3);
    static final String AMEPP_TITLE = "Accompagnement méthodologique au projet social";

    @Autowired
    FollowupService followup;
    @Autowired
    FollowupFigures figures;
    @Autowired
    CentreTimeline timeline;
    @Autowired
    PartnerOrganisations organisations;
    @Autowired
    AmeppSessions amepp;
    @Autowired
    FollowupFixtures fixtures;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;

    Centre calais;
    PartnerOrganisation mds;

    @BeforeEach
    void aCentreOfTheLittoralAndAnMdsInTheRegister() {
        calais = fixtures.centre("LIT62", "62100", "Calais", member(YEAR));
        mds = fixtures.asAdmin(() -> organisations.create(new PartnerOrganisationDraft(
                "MDS du Calaisis " + System.nanoTime(), PartnerKind.MDS, Department.PAS_DE_CALAIS, "Calais, Marck")));
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));
    }

    @AfterEach
    void nobody() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void an_mds_chosen_from_the_register_is_stored_by_id_shown_on_the_timeline_and_counted_as_present() {
        SupportAction renewal = followup.record(calais.getId(),
                SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY).withOrganisations(Set.of(mds.getId())));

        assertThat(renewal.getOrganisations()).containsExactly(new PartnerPresent(mds.getId(), mds.getName()));
        assertThat(renewal.getPartners()).containsExactly(PartnerKind.MDS);
        assertThat(renewal.toDraft().organisationIds()).containsExactly(mds.getId());
        assertThat(timeline.of(calais.getId(), YEAR)).filteredOn(line -> line.kind() == TimelineEvent.Kind.ACTION)
                .extracting(TimelineEvent::detail).containsExactly("Ouverte — avec " + mds.getName());
        FollowupYear year = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS));
        assertThat(year.value("mds.in-renewals")).isEqualTo(1);
    }

    @Test
    void an_organisation_that_is_not_in_the_register_is_refused_next_to_its_field() {
        SupportDraft unknown = SupportDraft.starting(SupportKind.INDIVIDUAL, DAY)
                .withOrganisations(Set.of("no-such-organisation"));

        assertThatThrownBy(() -> followup.record(calais.getId(), unknown)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems()).extracting(FieldProblem::field)
                        .containsExactly("organisationIds"));
        assertThat(followup.count(calais.getId())).isZero();
    }

    @Test
    void a_renewal_names_the_amepp_session_its_people_attended_and_counts_among_the_renewals_with_an_amepp() {
        TrainingSession session = ameppAttendedBy(calais);

        List<AmeppSessions.AmeppSession> offered = amepp.attendedBy(calais.getId());
        assertThat(offered).extracting(AmeppSessions.AmeppSession::sessionId).containsExactly(session.getId());
        assertThat(offered.getFirst().attendees()).isEqualTo(1);
        followup.record(calais.getId(),
                SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY).withAmeppSession(session.getId()));

        FollowupYear year = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS));
        assertThat(year.value("renewal.amepp")).isEqualTo(1);
        assertThat(year.figure("renewal.amepp").orElseThrow().records()).extracting(Figure.Line::centreId)
                .containsExactly(calais.getId());
        AccountFixtures.actAs(fixtures.directorOf(calais));
        assertThat(timeline.of(calais.getId(), YEAR)).filteredOn(line -> line.kind() == TimelineEvent.Kind.ACTION)
                .extracting(TimelineEvent::detail).containsExactly("Ouverte — AMEPP : " + AMEPP_TITLE);
    }

    @Test
    void an_amepp_session_is_refused_on_another_kind_and_when_the_centre_did_not_attend_it() {
        TrainingSession attended = ameppAttendedBy(calais);
        Centre boulogne = fixtures.centre("LIT62", "62200", "Boulogne-sur-Mer", member(YEAR));
        TrainingSession elsewhere = ameppAttendedBy(boulogne);

        SupportDraft notARenewal = SupportDraft.starting(SupportKind.INDIVIDUAL, DAY).withAmeppSession(attended.getId());
        SupportDraft notItsOwn = SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY)
                .withAmeppSession(elsewhere.getId());

        for (SupportDraft refused : List.of(notARenewal, notItsOwn)) {
            assertThatThrownBy(() -> followup.record(calais.getId(), refused)).isInstanceOfSatisfying(
                    InvalidInputException.class, problem -> assertThat(problem.problems())
                            .extracting(FieldProblem::field).containsExactly("ameppSessionId"));
        }
        assertThat(followup.count(calais.getId())).isZero();
    }

    /** An AMEPP session held at the centre, one of its people present on its first day. */
    TrainingSession ameppAttendedBy(Centre centre) {
        return fixtures.asAdmin(() -> {
            Training training = catalogue.create(new TrainingDraft(YEAR, AMEPP_TITLE, TrainingFamily.AMEPP,
                    TrainingAudience.BOTH, List.of(Job.DIRECTION), Duration.ofHours(14), "Objectifs", "Programme",
                    "Camille Formatrice", null));
            training = catalogue.publish(training.getId(), training.getVersion(), true);
            LocalDate first = LocalDate.of(YEAR, 3, 8);
            TrainingSession session = sessions.schedule(training.getId(), new SessionDraft(List.of(
                    new SessionDraft.Day(first, LocalTime.of(9, 0), LocalTime.of(16, 30), "Salle du centre")),
                    centre.getId(), 12, first.minusDays(1)));
            EnrolmentLine line = enrolments.enrol(session.getId(), centre.getId(),
                    new TraineeDraft("Inès", "Projet" + System.nanoTime(), ParticipantKind.EMPLOYEE, Job.DIRECTION));
            attendance.setPresence(line.enrolment().getId(), first, true);
            return session;
        });
    }
}
