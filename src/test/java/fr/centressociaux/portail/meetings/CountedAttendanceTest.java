package fr.centressociaux.portail.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.TerritoryMove;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.attendance.ParticipantKind.EMPLOYEE;
import static fr.centressociaux.portail.attendance.ParticipantKind.INHABITANT;
import static fr.centressociaux.portail.attendance.ParticipantKind.PARTNER;
import static fr.centressociaux.portail.attendance.ParticipantKind.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * People known only as a number: counted lines add up with named people in every figure, make
 * their centre represented, count under the right department, and bad lines are refused whole.
 * Over a year, each centre counts once, wherever it was when it came.
 */
@PortalTest
class CountedAttendanceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    CountedAttendance counted;
    @Autowired
    CountedImport imports;
    @Autowired
    MeetingExport export;
    @Autowired
    CentreService centres;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;

    @Autowired
    MeetingFixtures fixtures;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void counted_and_named_people_add_up_and_a_counted_centre_is_represented() {
        Centre named = fixtures.centre("LIT62", 2023);
        Centre countedOnly = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 5, 11));
        fixtures.present(meeting, named, EMPLOYEE);
        fixtures.present(meeting, named, VOLUNTEER);

        counted.save(meeting.getId(), List.of(line(countedOnly, VOLUNTEER, 25), line(countedOnly, INHABITANT, 5)));

        MeetingCounts counts = meetings.counts(meeting.getId());
        assertThat(counts.participants()).isEqualTo(32);
        assertThat(counts.named()).isEqualTo(2);
        assertThat(counts.of(VOLUNTEER)).isEqualTo(26);
        assertThat(counts.from(Department.PAS_DE_CALAIS)).isEqualTo(32);
        assertThat(counts.centresRepresented()).isEqualTo(2);
        assertThat(meetings.totals(new MeetingFilter(2023, kind, null, null))).isEqualTo(counts);
        assertThat(meetings.list(new MeetingFilter(2023, kind, null, null), org.springframework.data.domain.Pageable
                .unpaged())).singleElement().satisfies(row -> assertThat(row.counts()).isEqualTo(counts));
    }

    @Test
    void a_centre_stays_represented_while_someone_of_it_is_present_or_counted() {
        Centre centre = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 5, 12));
        Participant person = fixtures.present(meeting, centre, EMPLOYEE);
        counted.save(meeting.getId(), List.of(line(centre, VOLUNTEER, 3)));

        fixtures.mark(meeting, person, Presence.ABSENT);
        assertThat(meetings.counts(meeting.getId()).centresRepresented()).isEqualTo(1);

        counted.save(meeting.getId(), List.of());
        assertThat(meetings.counts(meeting.getId()).centresRepresented()).isZero();
        assertThat(meetings.counts(meeting.getId()).participants()).isZero();

        fixtures.mark(meeting, person, Presence.PRESENT);
        assertThat(meetings.counts(meeting.getId()).centresRepresented()).isEqualTo(1);
    }

    @Test
    void the_year_counts_distinct_centres_once_even_a_centre_that_moved_territory() {
        Centre moving = fixtures.centre("LIT62", 2023);
        Centre stays = fixtures.centre("LIT62", 2023);
        Centre other = fixtures.centre("AA62", 2023);
        Meeting spring = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 3, 14));
        Meeting secondSpring = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 4, 18));
        centres.moveTerritory(moving.getId(), centres.get(moving.getId()).getVersion(), new TerritoryMove(fixtures.territoryId("AA62"),
                LocalDate.of(2023, 7, 1)));
        Meeting autumn = fixtures.territoryMeeting(kind, "AA62", LocalDate.of(2023, 10, 10));
        counted.save(spring.getId(), List.of(line(moving, VOLUNTEER, 4), line(stays, VOLUNTEER, 3)));
        counted.save(secondSpring.getId(), List.of(line(stays, EMPLOYEE, 2)));
        counted.save(autumn.getId(), List.of(line(moving, EMPLOYEE, 1)));
        int invitedInYear = distinct(spring, secondSpring, autumn);

        YearFigures year = meetings.figures(new MeetingFilter(2023, kind, null, null));
        YearFigures littoral = meetings.figures(new MeetingFilter(2023, kind, fixtures.territoryId("LIT62"), null));
        YearFigures artois = meetings.figures(new MeetingFilter(2023, kind, fixtures.territoryId("AA62"), null));

        assertThat(autumn.getInvitedCentreIds()).contains(moving.getId(), other.getId());
        assertThat(year.meetings()).isEqualTo(3);
        assertThat(year.distinctCentresRepresented()).isEqualTo(2);
        assertThat(year.distinctCentresInvited()).isEqualTo(invitedInYear);
        assertThat(year.counts().centresRepresented()).as("per-meeting pairs").isEqualTo(4);
        assertThat(littoral.distinctCentresRepresented()).isEqualTo(2);
        assertThat(artois.distinctCentresRepresented()).isEqualTo(1);
        assertThat(artois.distinctCentresInvited()).isEqualTo(autumn.getInvitedCount());
        assertThat(year.averageParticipants()).hasValue(3.3);
        assertThat(year.averageRate()).hasValue((int) Math.round(100.0 / 3 * (2.0 / spring.getInvitedCount()
                + 1.0 / secondSpring.getInvitedCount() + 1.0 / autumn.getInvitedCount())));
    }

    @Test
    void a_department_counts_only_its_own_people_at_a_network_meeting() {
        Centre nord = fixtures.centre("MELN", 2023);
        Centre pasDeCalais = fixtures.centre("LIT62", 2023);
        Meeting network = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2023, 6, 20));
        fixtures.present(network, nord, EMPLOYEE);
        fixtures.present(network, nord, VOLUNTEER);
        fixtures.present(network, pasDeCalais, EMPLOYEE);
        fixtures.outsider(network, "Mission locale", PARTNER);
        CountedLineDraft nordPartner = new CountedLineDraft(null, "CAF du Nord", PARTNER, 4);
        nordPartner.setDepartment(Department.NORD);
        counted.save(network.getId(), List.of(line(pasDeCalais, INHABITANT, 10), nordPartner,
                new CountedLineDraft(null, "", PARTNER, 3)));

        MeetingCounts pasDeCalaisTotals = meetings.totals(new MeetingFilter(2023, kind, null,
                Department.PAS_DE_CALAIS));
        MeetingCounts nordTotals = meetings.totals(new MeetingFilter(2023, kind, null, Department.NORD));
        MeetingCounts all = meetings.totals(new MeetingFilter(2023, kind, null, null));

        assertThat(pasDeCalaisTotals.participants()).isEqualTo(11);
        assertThat(pasDeCalaisTotals.of(INHABITANT)).isEqualTo(10);
        assertThat(pasDeCalaisTotals.centresRepresented()).isEqualTo(1);
        assertThat(nordTotals.participants()).isEqualTo(6);
        assertThat(nordTotals.of(PARTNER)).isEqualTo(4);
        assertThat(all.participants()).as("outsiders of a network meeting count in no department").isEqualTo(21);
        assertThat(all.byDepartment()).isEqualTo(Map.of(Department.NORD, 6, Department.PAS_DE_CALAIS, 11));
    }

    @Test
    void people_from_outside_count_under_the_department_of_a_territory_meeting() {
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 9, 5));
        fixtures.outsider(meeting, "Mission locale du Calaisis", PARTNER);
        counted.save(meeting.getId(), List.of(new CountedLineDraft(null, "", INHABITANT, 40)));

        MeetingCounts counts = meetings.counts(meeting.getId());
        assertThat(counts.from(Department.PAS_DE_CALAIS)).isEqualTo(41);
        assertThat(meetings.totals(new MeetingFilter(2023, kind, null, Department.PAS_DE_CALAIS)).participants())
                .isEqualTo(41);
    }

    @Test
    void bad_lines_are_refused_with_a_message_each_and_nothing_saved() {
        Centre member = fixtures.centre("LIT62", 2023);
        Centre formerMember = fixtures.centre("LIT62", 2021);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 11, 7));
        counted.save(meeting.getId(), List.of(line(member, EMPLOYEE, 2)));

        assertThatThrownBy(() -> counted.save(meeting.getId(), List.of(line(member, EMPLOYEE, 2),
                line(member, VOLUNTEER, -3), line(member, INHABITANT, 5_001), line(formerMember, EMPLOYEE, 1),
                line(member, EMPLOYEE, 4), line(member, PARTNER, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("lines[1].count", "portal.validation.counted.count.min"),
                                org.assertj.core.groups.Tuple.tuple("lines[2].count", "portal.validation.counted.count.max"),
                                org.assertj.core.groups.Tuple.tuple("lines[3].centreId", "meeting.counted.not-member"),
                                org.assertj.core.groups.Tuple.tuple("lines[4].centreId", "meeting.counted.duplicate")));

        assertThat(counted.lines(meeting.getId())).extracting(CountedLine::count).containsExactly(2);
        assertThat(meetings.counts(meeting.getId()).participants()).isEqualTo(2);
    }

    @Test
    void the_constraints_say_in_french_what_is_wrong() {
        Centre member = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 11, 8));

        assertThatThrownBy(() -> counted.save(meeting.getId(), List.of(line(member, EMPLOYEE, 5_001))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .isEqualTo("Plus de 5000 personnes sur une ligne : vérifiez le nombre.")));
    }

    @Test
    void an_import_is_previewed_with_each_rows_problems_and_applied_only_when_clean() {
        Centre member = fixtures.centre("LIT62", 2023);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 11, 9));
        String name = centres.get(member.getId()).getProfile().name();
        byte[] withErrors = csv("Centre;Structure;Type;Nombre", name + ";;Bénévoles;12",
                "Centre social Inconnu;;salarié;3", name + ";;astronaute;2", name + ";;habitant;6000",
                name + ";;bénévole;1", ";CAF du Pas-de-Calais;partenaire;2");

        CountedImportPreview preview = imports.preview(meeting.getId(), withErrors);

        assertThat(preview.rows()).extracting(CountedImportPreview.Row::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(preview.rows()).extracting(row -> row.problems().stream().map(FieldProblem::messageKey).toList())
                .containsExactly(List.of(), List.of("meeting.counted.import.unknown-centre"),
                        List.of("meeting.counted.import.unknown-kind"), List.of("portal.validation.counted.count.max"),
                        List.of("meeting.counted.duplicate"), List.of());
        assertThatThrownBy(() -> imports.apply(meeting.getId(), withErrors)).isInstanceOf(UserFacingException.class);
        assertThat(counted.lines(meeting.getId())).isEmpty();

        imports.apply(meeting.getId(), csv("Centre;Structure;Type;Nombre", name + ";;Bénévoles;12",
                ";CAF du Pas-de-Calais;partenaire;2"));
        assertThat(meetings.counts(meeting.getId()).participants()).isEqualTo(14);
        assertThat(meetings.counts(meeting.getId()).centresRepresented()).isEqualTo(1);
    }

    @Test
    void the_export_gives_the_distinct_centres_and_the_averages() throws Exception {
        Centre centre = fixtures.centre("LIT62", 2023);
        Meeting first = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 2, 7));
        Meeting second = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2023, 3, 7));
        counted.save(first.getId(), List.of(line(centre, VOLUNTEER, 8)));
        counted.save(second.getId(), List.of(line(centre, VOLUNTEER, 4)));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        export.write(new MeetingFilter(2023, kind, null, null), out);

        Map<String, Double> figures = new java.util.HashMap<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (org.dhatim.fastexcel.reader.Row row : workbook.getFirstSheet().read()) {
                if (row.getCellCount() > MeetingExport.FIRST_COUNT && (row.getCell(0) == null || row.getCellText(0).isEmpty())) {
                    row.getCellAsNumber(MeetingExport.FIRST_COUNT).ifPresent(value -> figures.put(row.getCellText(1),
                            value.doubleValue()));
                }
            }
        }
        assertThat(figures).containsEntry("Centres différents représentés dans l’année", 1.0)
                .containsEntry("sur centres différents invités", (double) first.getInvitedCount())
                .containsEntry("Participants par réunion (moyenne)", 6.0);
    }

    private int distinct(Meeting... ofYear) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Meeting meeting : ofYear) {
            ids.addAll(meeting.getInvitedCentreIds());
        }
        return ids.size();
    }

    private static CountedLineDraft line(Centre centre, fr.centressociaux.portail.attendance.ParticipantKind kind,
            int count) {
        return new CountedLineDraft(centre.getId(), "", kind, count);
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
