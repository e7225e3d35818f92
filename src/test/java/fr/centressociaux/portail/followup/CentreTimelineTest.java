package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.ApprovalKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/** A centre's year on one timeline: its actions, its people at meetings, its agrément and its membership. */
@PortalTest
class CentreTimelineTest {

    static final int YEAR = 2023;

    @Autowired
    CentreTimeline timeline;
    @Autowired
    FollowupFixtures fixtures;
    @Autowired
    CentreFixtures centres;
    @Autowired
    MeetingFixtures meetings;

    Centre centre;
    Meeting assembly;

    @BeforeEach
    void aCentreThatRenewedItsAgrementWentToAMeetingAndLeft() {
        centre = fixtures.centre("LIT62", "62100", "Calais", member(YEAR - 1), new MembershipYear(YEAR,
                MembershipStatus.MEMBER, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 9, 30), "Fusion avec un voisin"));
        centres.approveAndCount(centre, new Approval(ApprovalKind.ANIMATION_GLOBALE, LocalDate.of(YEAR - 3, 1, 1),
                LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 6, 15), null));
        fixtures.record(centre, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, LocalDate.of(YEAR, 2, 1)));
        fixtures.record(centre, FollowupFixtures.confidential(SupportKind.DIFFICULTY, LocalDate.of(YEAR, 7, 3)));
        fixtures.record(centre, SupportDraft.starting(SupportKind.INDIVIDUAL, LocalDate.of(YEAR - 1, 5, 5)));
        assembly = meetings.territoryMeeting(meetings.newKind().getId(), "LIT62", LocalDate.of(YEAR, 5, 10));
        meetings.present(assembly, centre, ParticipantKind.EMPLOYEE);
        meetings.present(assembly, centre, ParticipantKind.VOLUNTEER);
    }

    @AfterEach
    void nobody() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void a_delegate_reads_the_year_newest_first_with_every_source_and_the_confidential_action() {
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));

        List<TimelineEvent> year = timeline.of(centre.getId(), YEAR);

        assertThat(year).extracting(TimelineEvent::kind).containsExactly(TimelineEvent.Kind.APPROVAL_ENDS,
                TimelineEvent.Kind.LEFT, TimelineEvent.Kind.ACTION, TimelineEvent.Kind.RENEWAL_STEP,
                TimelineEvent.Kind.MEETING, TimelineEvent.Kind.RENEWAL_STEP, TimelineEvent.Kind.ACTION);
        assertThat(year).filteredOn(line -> line.kind() == TimelineEvent.Kind.MEETING).singleElement()
                .satisfies(line -> {
                    assertThat(line.title()).isEqualTo(assembly.getTitle());
                    assertThat(line.detail()).isEqualTo("2 personnes présentes");
                    assertThat(line.link()).isEqualTo("/reunions/" + assembly.getId());
                });
        assertThat(year).filteredOn(line -> line.kind() == TimelineEvent.Kind.LEFT).extracting(TimelineEvent::detail)
                .containsExactly("Fusion avec un voisin");
        assertThat(year).filteredOn(line -> line.kind() == TimelineEvent.Kind.ACTION)
                .extracting(TimelineEvent::detail).anyMatch(detail -> detail.endsWith("confidentielle"));
    }

    @Test
    void its_director_reads_the_same_year_without_the_confidential_action() {
        Account director = fixtures.directorOf(centre);
        AccountFixtures.actAs(director);

        List<TimelineEvent> year = timeline.of(centre.getId(), YEAR);

        assertThat(year).filteredOn(line -> line.kind() == TimelineEvent.Kind.ACTION).hasSize(1)
                .extracting(TimelineEvent::title).containsExactly("Renouvellement du projet social");
        assertThat(year).extracting(TimelineEvent::kind).contains(TimelineEvent.Kind.MEETING,
                TimelineEvent.Kind.RENEWAL_STEP);
    }
}
