package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.centres.TerritoryMove;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

import static fr.centressociaux.portail.attendance.ParticipantKind.EMPLOYEE;
import static fr.centressociaux.portail.attendance.ParticipantKind.INHABITANT;
import static fr.centressociaux.portail.attendance.ParticipantKind.PARTNER;
import static fr.centressociaux.portail.attendance.ParticipantKind.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bilan counts for meetings: people present, by kind, by the department of their centre,
 * centres represented out of centres invited, in the territory each centre had on the meeting date;
 * cancelled meetings and repeated check-ins count nothing more. Each test makes a kind of meeting of
 * its own, so the lists and totals it reads hold only its meetings; centres invited by a scope may
 * include other tests' centres, so those counts are compared with the meeting's own invited count.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingCountsTest {

    private static final LocalDate IN_2023 = LocalDate.of(2023, 3, 14);

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    CentreService centreService;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    MongoOperations mongo;

    @Autowired
    MeetingFixtures fixtures;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void only_people_marked_present_count() {
        Centre centre = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", IN_2023);
        fixtures.present(meeting, centre, EMPLOYEE);
        fixtures.present(meeting, centre, VOLUNTEER);
        fixtures.mark(meeting, fixtures.register(meeting, centre, "Absente", "Excusée", EMPLOYEE), Presence.ABSENT);
        fixtures.register(meeting, centre, "Jamais", "Pointé", VOLUNTEER);

        MeetingCounts counts = meetings.counts(meeting.getId());

        assertThat(counts.participants()).isEqualTo(2);
        assertThat(counts.byKind()).containsOnly(Map.entry(EMPLOYEE, 1), Map.entry(VOLUNTEER, 1));
        assertThat(people.people(meeting.getId())).hasSize(4);
    }

    @Test
    void people_present_are_counted_by_kind() {
        Centre centre = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", IN_2023);
        fixtures.present(meeting, centre, EMPLOYEE);
        fixtures.present(meeting, centre, VOLUNTEER);
        fixtures.present(meeting, centre, VOLUNTEER);
        fixtures.present(meeting, centre, INHABITANT);
        fixtures.present(meeting, centre, PARTNER);

        MeetingCounts counts = meetings.counts(meeting.getId());

        assertThat(counts.participants()).isEqualTo(5);
        assertThat(List.of(counts.of(EMPLOYEE), counts.of(VOLUNTEER), counts.of(INHABITANT), counts.of(PARTNER)))
                .containsExactly(1, 2, 1, 1);
    }

    @Test
    void a_network_meeting_counts_its_people_by_the_department_of_their_centre() {
        Centre roubaix = fixtures.centre("MELN", 2023);
        Centre douai = fixtures.centre("DOU", 2023);
        Centre calais = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.meeting(kind, MeetingScope.network(), IN_2023);
        fixtures.present(meeting, roubaix, EMPLOYEE);
        fixtures.present(meeting, roubaix, EMPLOYEE);
        fixtures.present(meeting, douai, VOLUNTEER);
        fixtures.present(meeting, calais, EMPLOYEE);
        fixtures.present(meeting, calais, VOLUNTEER);

        MeetingCounts counts = meetings.counts(meeting.getId());

        // "5 participants dont 2 du Pas-de-Calais"
        assertThat(counts.participants()).isEqualTo(5);
        assertThat(counts.from(Department.PAS_DE_CALAIS)).isEqualTo(2);
        assertThat(counts.from(Department.NORD)).isEqualTo(3);
        assertThat(meeting.getDepartments()).containsExactlyInAnyOrder(Department.NORD, Department.PAS_DE_CALAIS);
    }

    @Test
    void people_from_outside_the_network_count_under_the_meetings_department_and_in_no_centre() {
        Centre centre = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", IN_2023);
        fixtures.present(meeting, centre, EMPLOYEE);
        Participant outsider = fixtures.outsider(meeting, "CAF du Pas-de-Calais", PARTNER);

        MeetingCounts counts = meetings.counts(meeting.getId());

        assertThat(outsider.getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(outsider.getCentreId()).isNull();
        assertThat(counts.participants()).isEqualTo(2);
        assertThat(counts.of(PARTNER)).isEqualTo(1);
        assertThat(counts.byDepartment()).containsOnly(Map.entry(Department.PAS_DE_CALAIS, 2));
        assertThat(counts.centresRepresented()).isEqualTo(1);
    }

    @Test
    void centres_represented_count_once_each_out_of_the_centres_invited() {
        Centre first = fixtures.centre("LIT62", 2023);
        Centre second = fixtures.centre("LIT62", 2023);
        Centre silent = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", IN_2023);
        fixtures.present(meeting, first, EMPLOYEE);
        fixtures.present(meeting, first, VOLUNTEER);
        fixtures.present(meeting, second, EMPLOYEE);
        fixtures.mark(meeting, fixtures.register(meeting, silent, "Restée", "Absente", EMPLOYEE), Presence.ABSENT);

        MeetingCounts counts = meetings.counts(meeting.getId());

        assertThat(meeting.getInvitedCentreIds()).contains(first.getId(), second.getId(), silent.getId());
        assertThat(counts.centresRepresented()).isEqualTo(2);
        assertThat(counts.centresInScope()).isEqualTo(meeting.getInvitedCount())
                .isEqualTo(meeting.getInvitedCentreIds().size());
        assertThat(counts.representationRate()).hasValue(
                (int) Math.round(200.0 / meeting.getInvitedCount()));
    }

    @Test
    void only_centres_that_are_members_on_the_meeting_date_are_invited() {
        Centre member = fixtures.centre("LIT62", 2023);
        Centre leftInMarch = fixtures.centre("LIT62", new MembershipYear(2023, MembershipStatus.NOT_RENEWED,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), "Fin d’adhésion"));
        Centre joinedInSeptember = fixtures.centre("LIT62", new MembershipYear(2023, MembershipStatus.MEMBER,
                LocalDate.of(2023, 9, 1), null, null));
        Centre memberTheYearBefore = fixtures.centre("LIT62", 2022);

        Meeting inMarch = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 3, 15));
        Meeting inJune = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 6, 15));

        assertThat(inMarch.getInvitedCentreIds()).contains(member.getId(), leftInMarch.getId())
                .doesNotContain(joinedInSeptember.getId(), memberTheYearBefore.getId());
        assertThat(inJune.getInvitedCentreIds()).contains(member.getId())
                .doesNotContain(leftInMarch.getId(), joinedInSeptember.getId(), memberTheYearBefore.getId());
        assertThat(inJune.getInvitedCount()).isEqualTo(inJune.getInvitedCentres().size());
    }

    @Test
    void a_past_meeting_keeps_the_territory_its_centres_had_on_its_date_after_a_centre_moves() {
        Centre moving = fixtures.centre("ABM62", 2024, 2025);
        Centre littoral = fixtures.centre("LIT62", 2024);
        Meeting assembly = fixtures.territoryMeeting(kind, "ABM62", LocalDate.of(2024, 6, 14));
        Meeting network = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2024, 9, 20));
        fixtures.present(assembly, moving, EMPLOYEE);
        fixtures.present(assembly, moving, VOLUNTEER);
        fixtures.present(network, moving, EMPLOYEE);
        fixtures.present(network, littoral, EMPLOYEE);
        String abm = fixtures.territoryId("ABM62");
        MeetingFilter byTerritory = new MeetingFilter(2024, kind, abm, null);
        MeetingFilter byDepartment = new MeetingFilter(2024, kind, null, Department.PAS_DE_CALAIS);
        List<Line> territoryListBefore = lines(byTerritory);
        List<Line> departmentListBefore = lines(byDepartment);
        MeetingCounts territoryTotalsBefore = meetings.totals(byTerritory);
        MeetingCounts departmentTotalsBefore = meetings.totals(byDepartment);

        Centre current = centreService.get(moving.getId());
        centreService.moveTerritory(current.getId(), current.getVersion(), new TerritoryMove(fixtures.territoryId("BM62"),
                LocalDate.of(2025, 1, 1)));

        assertThat(lines(byTerritory)).isEqualTo(territoryListBefore)
                .extracting(Line::meetingId).containsExactly(assembly.getId());
        assertThat(lines(byDepartment)).isEqualTo(departmentListBefore)
                .extracting(Line::meetingId).containsExactly(assembly.getId(), network.getId());
        assertThat(meetings.totals(byTerritory)).isEqualTo(territoryTotalsBefore);
        assertThat(meetings.totals(byDepartment)).isEqualTo(departmentTotalsBefore);
        assertThat(territoryTotalsBefore.participants()).isEqualTo(2);
        assertThat(departmentTotalsBefore.participants()).isEqualTo(4);
        assertThat(meetings.get(assembly.getId()).invited(moving.getId())).get()
                .extracting(InvitedCentre::territoryId).isEqualTo(abm);
        assertThat(people.people(network.getId())).filteredOn(person -> moving.getId().equals(person.getCentreId()))
                .extracting(Participant::getTerritoryId).containsExactly(abm);

        // Editing the past meeting, even moving it within 2024, still uses the territory of its date.
        Meeting edited = meetings.update(assembly.getId(), meetings.get(assembly.getId()).getVersion(),
                MeetingFixtures.draft(kind, MeetingScope.territory(abm), LocalDate.of(2024, 6, 21)));
        assertThat(edited.invited(moving.getId())).get().extracting(InvitedCentre::territoryId).isEqualTo(abm);
        assertThat(people.people(assembly.getId())).extracting(Participant::getTerritoryId).containsOnly(abm);
        assertThat(meetings.totals(byTerritory)).isEqualTo(territoryTotalsBefore);

        // A 2024 meeting scheduled after the move still invites the centre under its 2024 territory.
        Meeting lateEntry = fixtures.territoryMeeting(kind, "ABM62", LocalDate.of(2024, 11, 5));
        assertThat(lateEntry.invited(moving.getId())).get().extracting(InvitedCentre::territoryId).isEqualTo(abm);

        // The delegate of Arrageois et Bassin-Minier still sees the centre's people at the network meeting.
        AccountFixtures.actAs(fixtures.delegateOf("ABM62"));
        assertThat(people.people(network.getId())).extracting(Participant::getCentreId)
                .containsExactly(moving.getId());
    }

    @Test
    void a_centre_counts_in_arrageois_et_bassin_minier_in_2024_and_in_its_new_territory_in_2025() {
        Centre arras = fixtures.centre("ABM62", 2024, 2025);
        Centre current = centreService.get(arras.getId());
        centreService.moveTerritory(current.getId(), current.getVersion(), new TerritoryMove(fixtures.territoryId("ARR62"),
                LocalDate.of(2025, 1, 1)));
        Meeting in2024 = fixtures.territoryMeeting(kind, "ABM62", LocalDate.of(2024, 10, 8));
        Meeting arrageois2025 = fixtures.territoryMeeting(kind, "ARR62", LocalDate.of(2025, 3, 10));
        Meeting bassinMinier2025 = fixtures.territoryMeeting(kind, "BM62", LocalDate.of(2025, 3, 11));
        Meeting network2024 = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2024, 12, 13));
        Meeting network2025 = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2025, 7, 4));
        fixtures.present(in2024, arras, EMPLOYEE);
        fixtures.present(arrageois2025, arras, EMPLOYEE);
        fixtures.present(arrageois2025, arras, VOLUNTEER);
        fixtures.present(network2025, arras, VOLUNTEER);

        assertThat(in2024.invited(arras.getId())).get().extracting(InvitedCentre::territoryId)
                .isEqualTo(fixtures.territoryId("ABM62"));
        assertThat(arrageois2025.invited(arras.getId())).get().extracting(InvitedCentre::territoryId)
                .isEqualTo(fixtures.territoryId("ARR62"));
        assertThat(bassinMinier2025.getInvitedCentreIds()).doesNotContain(arras.getId());
        assertThat(network2024.getTerritoryIds()).contains(fixtures.territoryId("ABM62"))
                .doesNotContain(fixtures.territoryId("ARR62"), fixtures.territoryId("BM62"));
        assertThat(network2025.getTerritoryIds()).contains(fixtures.territoryId("ARR62"), fixtures.territoryId("BM62"))
                .doesNotContain(fixtures.territoryId("ABM62"));
        assertThat(network2025.invited(arras.getId())).get().extracting(InvitedCentre::territoryId)
                .isEqualTo(fixtures.territoryId("ARR62"));

        assertThat(ids(new MeetingFilter(2024, kind, fixtures.territoryId("ABM62"), null)))
                .containsExactly(in2024.getId());
        assertThat(ids(new MeetingFilter(2025, kind, fixtures.territoryId("ARR62"), null)))
                .containsExactly(arrageois2025.getId());
        assertThat(ids(new MeetingFilter(2025, kind, fixtures.territoryId("ABM62"), null))).isEmpty();
        assertThat(meetings.totals(new MeetingFilter(2024, kind, null, Department.PAS_DE_CALAIS)).participants())
                .isEqualTo(1);
        assertThat(meetings.totals(new MeetingFilter(2025, kind, fixtures.territoryId("ARR62"), null))
                .participants()).isEqualTo(2);
        assertThat(meetings.totals(new MeetingFilter(2025, kind, null, Department.PAS_DE_CALAIS)).participants())
                .isEqualTo(3);
    }

    @Test
    void a_cancelled_meeting_is_listed_with_no_counts_and_left_out_of_the_totals() {
        Centre centre = fixtures.centre("LIT62", 2023);
        Meeting held = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 5, 2));
        Meeting cancelled = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 5, 9));
        fixtures.present(held, centre, EMPLOYEE);
        fixtures.present(cancelled, centre, EMPLOYEE);
        fixtures.present(cancelled, centre, VOLUNTEER);

        meetings.cancel(cancelled.getId(), "Salle indisponible");

        MeetingFilter filter = new MeetingFilter(2023, kind, null, null);
        List<MeetingRow> rows = meetings.list(filter, Pageable.unpaged());
        assertThat(rows).extracting(row -> row.meeting().getId()).containsExactly(held.getId(), cancelled.getId());
        assertThat(rows.get(1).meeting().isCancelled()).isTrue();
        assertThat(rows.get(1).counts()).isEqualTo(MeetingCounts.NONE);
        assertThat(meetings.counts(cancelled.getId())).isEqualTo(MeetingCounts.NONE);
        assertThat(meetings.count(filter)).isEqualTo(2);
        MeetingCounts totals = meetings.totals(filter);
        assertThat(totals.participants()).isEqualTo(1);
        assertThat(totals).isEqualTo(rows.get(0).counts());
        assertThat(totals.centresInScope()).isEqualTo(held.getInvitedCount());
    }

    @Test
    void a_person_checking_in_twice_by_qr_code_counts_once_and_keeps_the_first_time() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant person = fixtures.register(meeting, centre, "Karim", "Benali", EMPLOYEE);
        String token = token(meeting);

        MeetingFixtures.moveClockTo(clock, day.atTime(9, 12));
        checkIn.checkIn(token, person.getId(), MeetingFixtures.phone());
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 40));
        checkIn.checkIn(token, person.getId(), MeetingFixtures.phone());

        assertThat(people.people(meeting.getId())).singleElement().satisfies(found -> {
            assertThat(found.getPresence()).isEqualTo(Presence.PRESENT);
            assertThat(parisTime(found)).isEqualTo(LocalTime.of(9, 12));
        });
        assertThat(meetings.counts(meeting.getId()).participants()).isEqualTo(1);
    }

    @Test
    void a_person_checking_in_by_name_then_marked_present_by_the_organiser_counts_once() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant registered = fixtures.register(meeting, centre, "Hélène", "Dupré", VOLUNTEER);
        String token = token(meeting);

        MeetingFixtures.moveClockTo(clock, day.atTime(9, 5));
        checkIn.checkInNew(token, new PersonDraft("Hélène", "Dupré", VOLUNTEER), centre.getProfile().name(), MeetingFixtures.phone());
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 30));
        people.markPresence(meeting.getId(), registered.getId(), Presence.PRESENT);
        people.addWalkIn(meeting.getId(), new WalkInDraft(new PersonDraft("Hélène", "Dupré", VOLUNTEER),
                centre.getId(), ""));

        assertThat(people.people(meeting.getId())).singleElement().satisfies(found -> {
            assertThat(found.getId()).isEqualTo(registered.getId());
            assertThat(parisTime(found)).isEqualTo(LocalTime.of(9, 5));
        });
        assertThat(meetings.counts(meeting.getId()).participants()).isEqualTo(1);
    }

    @Test
    void checking_in_by_name_again_with_other_case_and_accents_is_the_same_person() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        String token = token(meeting);
        String centreName = centre.getProfile().name();

        MeetingFixtures.moveClockTo(clock, day.atTime(10, 1));
        checkIn.checkInNew(token, new PersonDraft("Hélène", "Dupré-Lefèvre", INHABITANT), centreName, MeetingFixtures.phone());
        MeetingFixtures.moveClockTo(clock, day.atTime(10, 20));
        checkIn.checkInNew(token, new PersonDraft("HELENE", "dupre lefevre", INHABITANT),
                centreName.toUpperCase(java.util.Locale.FRANCE).replace('É', 'E'), MeetingFixtures.phone());

        assertThat(people.people(meeting.getId())).singleElement().satisfies(found -> {
            assertThat(found.getCentreId()).isEqualTo(centre.getId());
            assertThat(found.getFirstName()).isEqualTo("Hélène");
            assertThat(found.getSource()).isEqualTo(ParticipantSource.SELF_CHECK_IN);
            assertThat(parisTime(found)).isEqualTo(LocalTime.of(10, 1));
        });
        MeetingCounts counts = meetings.counts(meeting.getId());
        assertThat(counts.participants()).isEqualTo(1);
        assertThat(counts.centresRepresented()).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_year_kind_territory_and_department_and_network_meetings_appear_under_both() {
        Centre calais = fixtures.centre("LIT62", 2022, 2023);
        Centre lille = fixtures.centre("MELS", 2023);
        Meeting littoral = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 3, 10));
        Meeting melSud = fixtures.territoryMeeting(kind, "MELS", LocalDate.of(2023, 4, 10));
        Meeting pasDeCalais = fixtures.meeting(kind, MeetingScope.department(Department.PAS_DE_CALAIS),
                LocalDate.of(2023, 5, 10));
        Meeting network = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2023, 6, 10));
        Meeting yearBefore = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2022, 3, 10));
        String otherKind = fixtures.newKind().getId();
        Meeting ofAnotherKind = fixtures.territoryMeeting(otherKind, "LIT62", LocalDate.of(2023, 3, 11));
        fixtures.present(littoral, calais, EMPLOYEE);
        fixtures.present(littoral, calais, VOLUNTEER);
        fixtures.present(melSud, lille, EMPLOYEE);
        fixtures.present(pasDeCalais, calais, EMPLOYEE);
        fixtures.present(network, calais, EMPLOYEE);
        fixtures.present(network, lille, VOLUNTEER);
        fixtures.present(network, lille, INHABITANT);
        fixtures.present(ofAnotherKind, calais, EMPLOYEE);

        assertThat(ids(new MeetingFilter(2023, kind, null, null))).containsExactly(littoral.getId(), melSud.getId(),
                pasDeCalais.getId(), network.getId());
        assertThat(ids(new MeetingFilter(2022, kind, null, null))).containsExactly(yearBefore.getId());
        assertThat(ids(new MeetingFilter(2023, otherKind, null, null))).containsExactly(ofAnotherKind.getId());
        assertThat(ids(new MeetingFilter(2023, kind, fixtures.territoryId("LIT62"), null)))
                .containsExactly(littoral.getId());
        assertThat(ids(new MeetingFilter(2023, kind, fixtures.territoryId("MELS"), null)))
                .containsExactly(melSud.getId());
        assertThat(ids(new MeetingFilter(2023, kind, null, Department.PAS_DE_CALAIS)))
                .containsExactly(littoral.getId(), pasDeCalais.getId(), network.getId());
        assertThat(ids(new MeetingFilter(2023, kind, null, Department.NORD)))
                .containsExactly(melSud.getId(), network.getId());
        assertThat(meetings.count(new MeetingFilter(2023, kind, null, Department.NORD))).isEqualTo(2);

        // A department's totals keep its own people and centres: the network meeting's Nord people
        // are not Pas-de-Calais ones.
        MeetingCounts pasDeCalaisTotals = meetings.totals(new MeetingFilter(2023, kind, null,
                Department.PAS_DE_CALAIS));
        assertThat(pasDeCalaisTotals.participants()).isEqualTo(4);
        assertThat(pasDeCalaisTotals.from(Department.PAS_DE_CALAIS)).isEqualTo(4);
        assertThat(pasDeCalaisTotals.from(Department.NORD)).isZero();
        assertThat(pasDeCalaisTotals.centresRepresented()).isEqualTo(3);
        assertThat(pasDeCalaisTotals.centresInScope()).isEqualTo(littoral.getInvitedCount()
                + pasDeCalais.getInvitedCount() + (int) network.getInvitedCentres().stream()
                        .filter(centre -> centre.department() == Department.PAS_DE_CALAIS).count());
        MeetingCounts nordTotals = meetings.totals(new MeetingFilter(2023, kind, null, Department.NORD));
        assertThat(nordTotals.participants()).isEqualTo(3);
        assertThat(nordTotals.from(Department.NORD)).isEqualTo(3);
        assertThat(nordTotals.of(VOLUNTEER)).isEqualTo(1);
        assertThat(nordTotals.of(INHABITANT)).isEqualTo(1);
        assertThat(nordTotals.of(EMPLOYEE)).isEqualTo(1);
        assertThat(meetings.totals(new MeetingFilter(2023, kind, null, null))).isEqualTo(
                meetings.list(new MeetingFilter(2023, kind, null, null), Pageable.unpaged()).stream()
                        .map(MeetingRow::counts).reduce(MeetingCounts.NONE, MeetingCounts::plus));
    }

    @Test
    void a_meeting_moved_to_another_year_takes_its_people_with_it() {
        Centre centre = fixtures.centre("LIT62", 2023, 2024);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 12, 19));
        fixtures.present(meeting, centre, EMPLOYEE);
        fixtures.present(meeting, centre, VOLUNTEER);

        meetings.update(meeting.getId(), meeting.getVersion(), MeetingFixtures.draft(kind, meeting.getScope(),
                LocalDate.of(2024, 1, 9)));

        assertThat(meetings.totals(new MeetingFilter(2023, kind, null, null))).isEqualTo(MeetingCounts.NONE);
        assertThat(meetings.totals(new MeetingFilter(2024, kind, null, null)).participants()).isEqualTo(2);
        assertThat(people.people(meeting.getId())).extracting(Participant::getYear).containsOnly(2024);
        assertThat(meetings.counts(meeting.getId()).participants()).isEqualTo(2);
    }

    @Test
    void the_counts_kept_on_the_meeting_are_those_of_its_participant_rows() {
        Centre first = fixtures.centre("MELC", 2023);
        Centre second = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2023, 10, 3));
        fixtures.present(meeting, first, EMPLOYEE);
        Participant leftEarly = fixtures.present(meeting, first, INHABITANT);
        fixtures.present(meeting, second, VOLUNTEER);
        fixtures.outsider(meeting, "Conseil départemental", PARTNER);
        fixtures.mark(meeting, leftEarly, Presence.ABSENT);
        fixtures.mark(meeting, leftEarly, Presence.PRESENT);
        fixtures.mark(meeting, leftEarly, Presence.PRESENT);

        MeetingCounts kept = meetings.counts(meeting.getId());
        meetings.recount(2023);

        assertThat(meetings.counts(meeting.getId())).isEqualTo(kept);
        assertThat(kept).isEqualTo(new MeetingCounts(4, Map.of(EMPLOYEE, 1, INHABITANT, 1, VOLUNTEER, 1, PARTNER, 1),
                Map.of(Department.NORD, 2, Department.PAS_DE_CALAIS, 1), 2, meeting.getInvitedCount()));
    }

    @Test
    void a_years_recount_puts_right_the_counts_a_lost_write_left_wrong() {
        Centre centre = fixtures.centre("MELC", 2023);
        Meeting counted = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2023, 10, 4));
        Meeting untouched = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2023, 10, 5));
        fixtures.present(counted, centre, EMPLOYEE);
        fixtures.present(counted, centre, VOLUNTEER);
        fixtures.present(untouched, centre, INHABITANT);
        MeetingCounts right = meetings.counts(counted.getId());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(counted.getId())), new Update()
                .set("namedPresent", Map.of()).set("namedByCentre", Map.of()).set("representedCentreIds", List.of()),
                Meeting.class);
        assertThat(meetings.counts(counted.getId()).participants()).isZero();

        meetings.recount(2023);

        assertThat(meetings.counts(counted.getId())).isEqualTo(right);
        assertThat(meetings.counts(untouched.getId()).participants()).isEqualTo(1);
    }

    @Test
    void the_list_pages_through_the_meetings_in_date_order() {
        for (int month = 1; month <= 5; month++) {
            fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, month, 20));
        }
        MeetingFilter filter = new MeetingFilter(2023, kind, null, null);

        List<MeetingRow> first = meetings.list(filter, org.springframework.data.domain.PageRequest.of(0, 2));
        List<MeetingRow> last = meetings.list(filter, org.springframework.data.domain.PageRequest.of(2, 2));

        assertThat(first).extracting(row -> row.meeting().getDate().getMonthValue()).containsExactly(1, 2);
        assertThat(last).extracting(row -> row.meeting().getDate().getMonthValue()).containsExactly(5);
        assertThat(meetings.count(filter)).isEqualTo(5);
    }

    private String token(Meeting meeting) {
        String link = checkIn.link(meeting.getId());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static @Nullable LocalTime parisTime(Participant person) {
        return person.getCheckedInAt() == null ? null
                : LocalTime.ofInstant(person.getCheckedInAt(), FrenchDates.ZONE);
    }

    private List<String> ids(MeetingFilter filter) {
        return meetings.list(filter, Pageable.unpaged()).stream().map(row -> row.meeting().getId()).toList();
    }

    private List<Line> lines(MeetingFilter filter) {
        return meetings.list(filter, Pageable.unpaged()).stream()
                .map(row -> new Line(row.meeting().getId(), row.counts())).toList();
    }

    /** A list row as the screen shows it: which meeting, with what counts. */
    record Line(String meetingId, MeetingCounts counts) {
    }
}
