package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My centre in the bilan": a director sees, for each indicator, the meetings where their centre had
 * people (with their centre's count, not the meeting's) and their centre among the centres
 * represented, and nothing of another centre, not even its name.
 */
@PortalTest
class CentreInBilanTest {

    private static final int YEAR = 2023;
    private static final LocalDate IN_YEAR = LocalDate.of(YEAR, 5, 16);

    @Autowired
    CentreInBilan centreInBilan;
    @Autowired
    ConventionService conventions;
    @Autowired
    MeetingFixtures meetings;

    Centre mine;
    Centre other;
    Meeting together;
    Meeting without;
    Convention convention;

    @BeforeEach
    void twoCentresAtTheMeetingsOfAKindOfTheirOwn() {
        AccountFixtures.actAs(meetings.admin());
        String kind = meetings.newKind().getId();
        mine = meetings.centre("LIT62", YEAR);
        other = meetings.centre("LIT62", YEAR);
        together = meetings.territoryMeeting(kind, "LIT62", IN_YEAR);
        without = meetings.territoryMeeting(kind, "LIT62", IN_YEAR.plusMonths(1));
        meetings.present(together, mine, ParticipantKind.EMPLOYEE);
        meetings.present(together, mine, ParticipantKind.VOLUNTEER);
        meetings.present(together, other, ParticipantKind.EMPLOYEE);
        meetings.present(without, other, ParticipantKind.EMPLOYEE);
        MeasureArguments ofTheKind = MeasureArguments.of("kinds", kind);
        Convention created = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS,
                "Réseau d’essai " + UUID.randomUUID(), YEAR, YEAR, new BigDecimal("1000"),
                List.of(new Instalment(100, PaymentTrigger.SIGNATURE)), LocalDate.of(YEAR + 1, 6, 30)));
        convention = conventions.replaceFiches(created.getId(), created.getVersion(), List.of(new FicheAction(
                "Animer le réseau", List.of(new Objective("Animer les instances", List.of(
                        Indicator.of("Participants", MeasureCall.of("meetings.participants", ofTheKind)),
                        Indicator.of("Centres représentés",
                                MeasureCall.of("meetings.centres-represented", ofTheKind))))))));
    }

    @Test
    void a_director_sees_their_own_people_at_each_meeting_and_never_another_centre() {
        AccountFixtures.actAs(meetings.directorOf(mine));

        List<CentreInBilan.Contribution> contributions = centreInBilan.mine(convention.getId(), YEAR);

        assertThat(contributions).extracting(contribution -> contribution.indicator().label())
                .containsExactly("Participants", "Centres représentés");
        assertThat(contributions.getFirst().records()).singleElement().satisfies(record -> {
            assertThat(record.path()).isEqualTo("/reunions/" + together.getId());
            assertThat(record.detail()).startsWith("2 ");
        });
        assertThat(contributions.get(1).records()).extracting(MeasureRecord::path)
                .containsExactly("/centres/" + mine.getId());
        assertThat(contributions).flatExtracting(CentreInBilan.Contribution::records)
                .noneMatch(record -> record.path().contains(other.getId()) || record.path().contains(without.getId())
                        || record.label().contains(other.getProfile().name()));
    }

    @Test
    void a_centre_with_nobody_at_the_meetings_contributed_nothing() {
        Centre absent = meetings.centre("LIT62", YEAR);
        AccountFixtures.actAs(meetings.directorOf(absent));

        assertThat(centreInBilan.mine(convention.getId(), YEAR))
                .allSatisfy(contribution -> assertThat(contribution.records()).isEmpty());
    }
}
