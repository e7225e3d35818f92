package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fiche action 2's joint centre–MDS meetings held as meetings of the portal: a meeting counts in a
 * department's year when an MDS of the register was present and a member centre of the department
 * was represented, not when it was cancelled, attended by another partner only, or by no centre.
 * This class works on 2018, which no other test records meetings with partners in.
 */
@PortalTest
class MdsMeetingsFigureTest {

    static final int YEAR = 2018;

    @Autowired
    FollowupFigures figures;
    @Autowired
    FollowupMeasure.Count measure;
    @Autowired
    PartnerOrganisations register;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingFixtures meetingFixtures;
    @Autowired
    FollowupFixtures fixtures;

    // Made once for the class: the figure counts every MDS of the register, so each test adding its
    // own joint meeting would change the others' counts.
    static String kindId;
    static String mds;
    static String caf;
    static Centre calais;
    static Centre dunkerque;
    static Meeting joint;

    @BeforeEach
    void anMdsAndACafOfTheRegisterAndCentresOfBothDepartments() {
        if (joint != null) {
            return;
        }
        kindId = meetingFixtures.newKind().getId();
        int n = MeetingFixtures.next();
        mds = fixtures.asAdmin(() -> register.create(new PartnerOrganisationDraft("MDS du Boulonnais " + n,
                PartnerKind.MDS, Department.PAS_DE_CALAIS, "Boulogne-sur-Mer, Outreau"))).getId();
        caf = fixtures.asAdmin(() -> register.create(new PartnerOrganisationDraft("CAF du Boulonnais " + n,
                PartnerKind.CAF, Department.PAS_DE_CALAIS, ""))).getId();
        calais = fixtures.centre("LIT62", "62100", "Calais", member(YEAR));
        dunkerque = fixtures.centre("FLM", "59140", "Dunkerque", member(YEAR));
        joint = held("LIT62", LocalDate.of(YEAR, 3, 12), List.of(mds, caf), calais);
    }

    @Test
    void a_meeting_counts_when_an_mds_was_present_and_a_centre_of_the_department_represented() {
        held("LIT62", LocalDate.of(YEAR, 4, 9), List.of(caf), calais);
        held("LIT62", LocalDate.of(YEAR, 5, 14), List.of(mds));
        Meeting cancelled = held("LIT62", LocalDate.of(YEAR, 6, 11), List.of(mds), calais);
        fixtures.asAdmin(() -> meetings.cancel(cancelled.getId(), "Salle indisponible"));
        held("FLM", LocalDate.of(YEAR, 6, 18), List.of(mds), dunkerque);

        FollowupYear pasDeCalais = fixtures.asAdmin(() -> figures.of(YEAR, Department.PAS_DE_CALAIS));

        Figure figure = pasDeCalais.figure("mds.meetings").orElseThrow();
        assertThat(figure.value()).isEqualTo(1);
        assertThat(figure.records()).singleElement().satisfies(line -> {
            assertThat(line.meetingId()).isEqualTo(joint.getId());
            assertThat(line.on()).isEqualTo(LocalDate.of(YEAR, 3, 12));
            assertThat(line.what()).startsWith("MDS du Boulonnais").endsWith("— 1 centre représenté")
                    .doesNotContain("CAF");
        });
        assertThat(fixtures.asAdmin(() -> figures.of(YEAR, Department.NORD)).value("mds.meetings"))
                .as("the Flandre Maritime meeting").isEqualTo(1);
        assertThat(fixtures.asAdmin(() -> figures.ofTerritory(YEAR, fixtures.territoryId("LIT62")))
                .value("mds.meetings")).isEqualTo(1);
        assertThat(fixtures.asAdmin(() -> figures.ofTerritory(YEAR, fixtures.territoryId("AA62")))
                .value("mds.meetings")).isZero();
    }

    @Test
    void the_bilan_quotes_the_figure_with_the_meeting_as_its_record_and_the_funder_reads_the_count_only() {
        MeasureArguments arguments = MeasureArguments.of("figure", "mds.meetings").with("department", "62");

        MeasureValue staff = fixtures.asAdmin(() -> measure.compute(YEAR, arguments));
        AccountFixtures.actAs(fixtures.active(Role.FUNDER));
        MeasureValue funder;
        try {
            funder = measure.compute(YEAR, arguments);
        } finally {
            AccountFixtures.actAsNobody();
        }

        assertThat(staff.value()).isEqualTo(1);
        assertThat(staff.records()).extracting(MeasureRecord::path).containsExactly("/reunions/" + joint.getId());
        assertThat(funder.value()).isEqualTo(1);
        assertThat(funder.records()).isEmpty();
    }

    @Test
    void a_delegate_counts_every_meeting_of_the_department_and_lists_those_they_may_open() {
        AccountFixtures.actAs(fixtures.delegateOf("AA62"));
        FollowupYear seen;
        try {
            seen = figures.of(YEAR, Department.PAS_DE_CALAIS);
        } finally {
            AccountFixtures.actAsNobody();
        }

        Figure figure = seen.figure("mds.meetings").orElseThrow();
        assertThat(figure.value()).isEqualTo(1);
        assertThat(figure.records()).as("a Littoral 62 meeting").isEmpty();
    }

    /** A territory's meeting of the year with these partners present and one person of each centre present. */
    private Meeting held(String territoryCode, LocalDate on, List<String> partnerIds, Centre... present) {
        Meeting meeting = meetingFixtures.territoryMeeting(kindId, territoryCode, on);
        for (Centre centre : present) {
            meetingFixtures.present(meeting, centre, ParticipantKind.EMPLOYEE);
        }
        return fixtures.asAdmin(() -> {
            Meeting stored = meetings.get(meeting.getId());
            return meetings.update(stored.getId(), stored.getVersion(), MeetingDraft.of(stored)
                    .withPartners(partnerIds));
        });
    }
}
