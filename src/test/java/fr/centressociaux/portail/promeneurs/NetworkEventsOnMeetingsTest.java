package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The network's events are meetings of its kinds (DD015): a professional outside the member
 * centres takes part, the coordinator's confirmation of an initial training labels a candidate, and
 * nobody else runs these meetings. The figures of 2022 belong to this class.
 */
@PortalTest
class NetworkEventsOnMeetingsTest {

    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    PromeneurEvents events;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Texts texts;

    @Test
    void a_professional_employed_outside_the_member_centres_takes_part_in_a_network_meeting() {
        Structure college = fixtures.structure(StructureKind.COLLEGE, "LIT62");
        Professional professional = fixtures.labelledIn(college, LocalDate.of(2021, 9, 3));

        PdnMeeting session = fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2022, 2, 12), professional);

        assertThat(session.presentPersonIds()).containsExactly(professional.getId());
        Participant listed = fixtures.asCoordinator(() -> events.participants(session.id())).getFirst();
        assertThat(listed.fullName()).isEqualTo(professional.fullName());
        assertThat(listed.getOrganisation()).isEqualTo(college.getName());
        assertThat(listed.getCentreId()).as("no member centre").isNull();
        assertThat(listed.getKind()).as("counted as a partner, not a centre's employee").isEqualTo(ParticipantKind.PARTNER);
        assertThat(listed.getPresence()).isEqualTo(Presence.PRESENT);
        Meeting meeting = fixtures.asCoordinator(() -> meetings.get(session.id()));
        assertThat(meeting.isPromeneursDuNet()).isTrue();
        assertThat(meeting.getInvitedCentreIds()).as("the network's meetings invite no centre").isEmpty();
        assertThat(meeting.counts().participants()).isEqualTo(1);
    }

    @Test
    void naming_the_same_professional_twice_lists_them_once() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.MISSION_LOCALE, "AA62"),
                LocalDate.of(2021, 5, 2));
        PdnMeeting day = fixtures.event(StandardKind.DEPARTMENTAL_DAY, LocalDate.of(2022, 11, 20), professional);

        fixtures.asCoordinator(() -> events.addParticipant(day.id(), professional.getId()));

        assertThat(fixtures.asCoordinator(() -> events.get(day.id())).presentPersonIds())
                .containsExactly(professional.getId());
        assertThat(fixtures.asCoordinator(() -> events.participants(day.id()))).hasSize(1);
    }

    @Test
    void confirming_the_initial_training_labels_the_candidate_from_its_day() {
        Professional candidate = candidate(LocalDate.of(2022, 1, 15));
        PdnMeeting training = fixtures.event(StandardKind.INITIAL_TRAINING, LocalDate.of(2022, 3, 6), candidate);

        Professional labelled = fixtures.asCoordinator(() -> events.confirmInitialTraining(training.id(),
                candidate.getId()));

        assertThat(labelled.getStatus()).isEqualTo(ProfessionalStatus.LABELLED);
        assertThat(labelled.labelDate()).contains(LocalDate.of(2022, 3, 6));
        PromeneursYear year = fixtures.asCoordinator(() -> figures.year(2022, Department.PAS_DE_CALAIS));
        assertThat(year.figure(PromeneursMeasure.NEWLY_LABELLED, null).orElseThrow().records())
                .extracting(FigureRecord::id).contains(candidate.getId());
        assertThat(year.figure(PromeneursMeasure.EVENTS, "INITIAL_TRAINING").orElseThrow().records())
                .extracting(FigureRecord::id).contains(training.id());
    }

    @Test
    void confirming_is_refused_in_french_for_someone_already_labelled() {
        Professional labelled = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2021, 1, 8));
        PdnMeeting training = fixtures.event(StandardKind.INITIAL_TRAINING, LocalDate.of(2022, 4, 3), labelled);

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> events.confirmInitialTraining(training.id(),
                labelled.getId())))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(
                        texts.get(refused.messageKey(), refused.arguments()))
                        .isEqualTo(labelled.fullName() + " n’est ni candidat·e ni en formation initiale : "
                                + "sa formation ne peut pas la labelliser."));
        assertThat(fixtures.asCoordinator(() -> fixtures.register.get(labelled.getId())).getStatusHistory())
                .as("nothing appended").hasSize(1);
    }

    @Test
    void confirming_is_refused_on_another_kind_of_event_or_for_someone_who_did_not_attend() {
        Professional candidate = candidate(LocalDate.of(2022, 1, 20));
        PdnMeeting session = fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2022, 5, 13), candidate);
        PdnMeeting training = fixtures.event(StandardKind.INITIAL_TRAINING, LocalDate.of(2022, 5, 15));

        for (PdnMeeting event : List.of(session, training)) {
            assertThatThrownBy(() -> fixtures.asCoordinator(() -> events.confirmInitialTraining(event.id(),
                    candidate.getId())))
                    .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(
                            texts.get(refused.messageKey())).isEqualTo("Cette personne n’a pas suivi cette formation initiale."));
        }
        assertThat(fixtures.asCoordinator(() -> fixtures.register.get(candidate.getId())).getStatus())
                .isEqualTo(ProfessionalStatus.CANDIDATE);
    }

    @Test
    void a_delegate_or_director_neither_schedules_a_network_meeting_nor_adds_its_participants() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2021, 2, 1));
        PdnMeeting exchange = fixtures.event(StandardKind.EXCHANGE_HALF_DAY, LocalDate.of(2022, 6, 5));
        PromeneursFixtures.CentreWithDirector centre = fixtures.centre("LIT62");
        var delegate = accounts.active(Role.DELEGATE, new AccountScope(
                java.util.Set.of(fixtures.territoryId("LIT62")), null));

        for (var actor : List.of(delegate, centre.director())) {
            AccountFixtures.actAs(actor);
            try {
                assertThatThrownBy(() -> meetings.create(fixtures.draft(StandardKind.EXCHANGE_HALF_DAY,
                        LocalDate.of(2022, 6, 19)), false)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> people.addExternalPerson(exchange.id(), professional.getId()))
                        .isInstanceOf(AccessDeniedException.class);
            } finally {
                AccountFixtures.actAsNobody();
            }
        }
        assertThat(fixtures.asCoordinator(() -> events.participants(exchange.id()))).isEmpty();
    }

    private Professional candidate(LocalDate since) {
        Structure prevention = fixtures.structure(StructureKind.PREVENTION, "AA62");
        return fixtures.asCoordinator(() -> fixtures.register.register(PromeneursFixtures.draftIn(prevention),
                new StatusChangeDraft(ProfessionalStatus.CANDIDATE, since, null), false));
    }
}
