package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static fr.centressociaux.portail.promeneurs.PromeneursMeasure.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The yearly figures of fiche action 3 from records made for the test, in 2019 (a year no other
 * test writes): three labelled at the start, three new (one through an initial training, one who
 * left again), two left, four at the end.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromeneursFiguresTest {

    @Autowired
    PromeneurRegister register;
    @Autowired
    PromeneurEvents events;
    @Autowired
    PromeneurActivity activity;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PromeneursBilanMeasure measure;

    @Autowired
    PromeneursFixtures fixtures;
    Professional a1;
    Professional a2;
    Professional n1;
    Professional n2;
    Professional n3;
    Professional a3;

    @BeforeEach
    void theYear2019() {
        if (a1 != null) {
            return;
        }
        var centre = fixtures.centre("LIT62");
        Structure mission = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Structure college = fixtures.structure(StructureKind.COLLEGE, "AA62");
        a1 = fixtures.labelled(PromeneursFixtures.draft("Anna", "Un", centre.id(), null), LocalDate.of(2018, 2, 1));
        a2 = fixtures.labelled(PromeneursFixtures.draft("Anna", "Deux", null, mission.getId()), LocalDate.of(2018, 5, 1));
        a3 = fixtures.labelled(PromeneursFixtures.draft("Anna", "Trois", null, mission.getId()), LocalDate.of(2018, 9, 1));
        fixtures.leave(a3, LocalDate.of(2019, 6, 1));
        n1 = fixtures.asCoordinator(() -> register.register(PromeneursFixtures.draft("Noé", "Un", null, college.getId()),
                new StatusChangeDraft(ProfessionalStatus.CANDIDATE, LocalDate.of(2019, 1, 10), null), false));
        PdnMeeting training = fixtures.event(StandardKind.INITIAL_TRAINING, LocalDate.of(2019, 3, 1), n1);
        n1 = fixtures.asCoordinator(() -> events.confirmInitialTraining(training.id(), n1.getId()));
        n2 = fixtures.labelled(PromeneursFixtures.draft("Noé", "Deux", centre.id(), null), LocalDate.of(2019, 9, 1));
        n3 = fixtures.labelled(PromeneursFixtures.draft("Noé", "Trois", null, mission.getId()), LocalDate.of(2019, 2, 1));
        fixtures.change(n3, ProfessionalStatus.LEFT, LocalDate.of(2019, 11, 1), LeavingReason.END_OF_CONTRACT);
        fixtures.labelledIn(mission, LocalDate.of(2020, 1, 5));
        fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2019, 4, 10), a1, a2, n1);
        fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2019, 5, 10), a1);
        fixtures.event(StandardKind.DEPARTMENTAL_DAY, LocalDate.of(2019, 11, 20), a1, a2, n1, n2);
        fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2020, 1, 10), a1);
        fixtures.asCoordinator(() -> activity.save(a1.getId(), YearMonth.of(2019, 4), 0, new ActivityDraft(3, 1,
                new BigDecimal("2.5"), List.of(new LocalEvent("Forum jeunesse", LocalDate.of(2019, 4, 6))), "", 2, "")));
        fixtures.asCoordinator(() -> activity.save(a2.getId(), YearMonth.of(2019, 5), 0, new ActivityDraft(4, 0,
                BigDecimal.TEN, List.of(), "", 0, "")));
    }

    @Test
    void labelled_new_left_and_turnover_come_from_the_dated_status_histories() {
        PromeneursYear year = fixtures.asCoordinator(() -> figures.year(2019, Department.PAS_DE_CALAIS));

        assertThat(year.value(LABELLED_AT_YEAR_START)).isEqualByComparingTo("3");
        assertThat(year.value(NEWLY_LABELLED)).isEqualByComparingTo("3");
        assertThat(year.value(LEFT)).isEqualByComparingTo("2");
        assertThat(year.value(LABELLED_AT_YEAR_END)).isEqualByComparingTo("4");
        assertThat(year.value(TURNOVER_RATE)).isEqualByComparingTo("66.7");
        assertThat(year.value(SHARE_IN_MEMBER_CENTRES)).isEqualByComparingTo("50.0");
        assertThat(year.figure(LABELLED_AT_YEAR_END, null).orElseThrow().records())
                .extracting(FigureRecord::id).containsExactlyInAnyOrder(a1.getId(), a2.getId(), n1.getId(), n2.getId());
        assertThat(year.figure(LEFT, null).orElseThrow().records())
                .extracting(FigureRecord::label).containsExactlyInAnyOrder(a3.fullName(), n3.fullName());
    }

    @Test
    void departures_are_split_by_reason_and_the_labelled_counted_by_employer_territory_and_monthly_report() {
        PromeneursYear year = fixtures.asCoordinator(() -> figures.year(2019, Department.PAS_DE_CALAIS));

        assertThat(year.figure(LEFT_BY_REASON, "JOB_CHANGE").orElseThrow().records())
                .extracting(FigureRecord::id).containsExactly(a3.getId());
        assertThat(year.figure(LEFT_BY_REASON, "END_OF_CONTRACT").orElseThrow().records())
                .extracting(FigureRecord::id).containsExactly(n3.getId());
        assertThat(year.value(EMPLOYERS)).as("the centre, the mission locale, the collège").isEqualByComparingTo("3");
        assertThat(year.value(TERRITORIES_COVERED)).isEqualByComparingTo("2");
        assertThat(year.figure(TERRITORIES_COVERED, null).orElseThrow().records()).extracting(FigureRecord::id)
                .containsExactlyInAnyOrder(fixtures.territoryId("LIT62"), fixtures.territoryId("AA62"));
        assertThat(year.value(ACTIVITY_REPORTS)).isEqualByComparingTo("2");
    }

    @Test
    void the_bilan_quotes_a_figure_by_its_stable_key_with_its_unit_and_its_records() {
        MeasureValue labelled = fixtures.asCoordinator(() -> measure.compute(2019, pdn("LABELLED_AT_YEAR_END")));
        MeasureValue turnover = fixtures.asCoordinator(() -> measure.compute(2019, pdn("TURNOVER_RATE")));
        MeasureValue hours = fixtures.asCoordinator(() -> measure.compute(2019, pdn("HOURS_ONLINE")));
        MeasureValue remote = fixtures.asCoordinator(() -> measure.compute(2019, pdn("EVENTS.REMOTE_SESSION")));
        MeasureValue withdrew = fixtures.asCoordinator(() -> measure.compute(2019,
                pdn("LEFT_BY_REASON.STRUCTURE_WITHDREW")));
        MeasureValue littoral = fixtures.asCoordinator(() -> measure.compute(2019,
                pdn("LABELLED_AT_YEAR_END").with("territories", "LIT62")));

        assertThat(labelled.value()).isEqualTo(4);
        assertThat(labelled.records()).hasSize(4).allMatch(MeasureRecord::personal)
                .anyMatch(record -> record.path().equals("/promeneurs/" + a1.getId()));
        assertThat(turnover.value()).isEqualTo(67);
        assertThat(turnover.unit()).isEqualTo(MeasureUnit.PERCENT);
        assertThat(hours.value()).isEqualTo(12.5);
        assertThat(hours.unit()).isEqualTo(MeasureUnit.HOURS);
        assertThat(remote.value()).isEqualTo(2);
        assertThat(remote.records()).noneMatch(MeasureRecord::personal);
        assertThat(withdrew.value()).as("a reason nobody left for reads as zero").isZero();
        assertThat(littoral.value()).isEqualTo(3);
    }

    @Test
    void a_key_naming_no_figure_and_a_reader_outside_the_network_are_told_why_in_french() {
        fixtures.asCoordinator(() -> {
            assertThatThrownBy(() -> measure.compute(2019, pdn("LABELLED_IN_SPRING")))
                    .isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> measure.compute(2019, pdn("EVENTS.PICNIC"))).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> measure.compute(2019, pdn("EVENTS").with("territories", "LIT62")))
                    .isInstanceOf(UserFacingException.class);
            return null;
        });
        AccountFixtures.actAs(fixtures.centre("LIT62").director());

        assertThatThrownBy(() -> measure.compute(2019, pdn("LABELLED_AT_YEAR_END")))
                .isInstanceOf(UserFacingException.class);
    }

    private static MeasureArguments pdn(String figure) {
        return MeasureArguments.of("figure", figure).with("department", "62");
    }

    @Test
    void the_labelled_are_split_by_territory_of_their_employer_and_by_kind_of_structure() {
        PromeneursYear year = fixtures.asCoordinator(() -> figures.year(2019, Department.PAS_DE_CALAIS));

        assertThat(year.figure(LABELLED_BY_TERRITORY, fixtures.territoryId("LIT62")).orElseThrow().value())
                .isEqualByComparingTo("3");
        assertThat(year.figure(LABELLED_BY_TERRITORY, fixtures.territoryId("AA62")).orElseThrow().value())
                .isEqualByComparingTo("1");
        assertThat(year.figure(LABELLED_BY_STRUCTURE_KIND, "MEMBER_CENTRE").orElseThrow().value())
                .isEqualByComparingTo("2");
        assertThat(year.figure(LABELLED_BY_STRUCTURE_KIND, "COLLEGE").orElseThrow().records())
                .extracting(FigureRecord::id).containsExactly(n1.getId());
    }

    @Test
    void events_participants_and_monthly_activity_add_up_over_the_year_only() {
        PromeneursYear year = fixtures.asCoordinator(() -> figures.year(2019, Department.PAS_DE_CALAIS));

        assertThat(year.value(EVENTS)).isEqualByComparingTo("4");
        assertThat(year.figure(EVENTS, "REMOTE_SESSION").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(year.figure(EVENTS, "INITIAL_TRAINING").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(year.value(PARTICIPANTS)).isEqualByComparingTo("9");
        assertThat(year.figure(PARTICIPANTS, "REMOTE_SESSION").orElseThrow().value()).isEqualByComparingTo("4");
        assertThat(year.value(INDIVIDUAL_FOLLOW_UPS)).isEqualByComparingTo("7");
        assertThat(year.value(COLLECTIVE_ACTIONS)).isEqualByComparingTo("1");
        assertThat(year.value(HOURS_ONLINE)).isEqualByComparingTo("12.5");
        assertThat(year.value(LOCAL_EVENTS_SUPPORTED)).isEqualByComparingTo("1");
        assertThat(year.value(QUESTIONS_TO_THE_NETWORK)).isEqualByComparingTo("2");
        assertThat(year.figure(INDIVIDUAL_FOLLOW_UPS, null).orElseThrow().records()).hasSize(2);
    }

    @Test
    void the_funder_reads_its_departments_counts_without_the_names_behind_them() {
        AccountFixtures.actAs(accounts.active(Role.FUNDER));

        PromeneursYear year = figures.year(2019, Department.PAS_DE_CALAIS);

        assertThat(year.value(LABELLED_AT_YEAR_END)).isEqualByComparingTo("4");
        assertThat(year.figures()).allSatisfy(figure -> assertThat(figure.records()).isEmpty());
        assertThatThrownBy(() -> figures.year(2019, Department.NORD)).isInstanceOf(AccessDeniedException.class);
    }
}
