package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.internal.ActivityReportRepository;
import fr.centressociaux.portail.promeneurs.internal.SatisfactionAnswerRepository;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.promeneurs.PromeneursMeasure.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly figures read a ledger per department and year (DD015): it follows every month saved
 * and corrected after the figures were read, and a year written without it (older data, the demo,
 * a bulk insert) is built from the reports and answers themselves the first time it is read.
 */
@PortalTest
class YearLedgersTest {

    @Autowired
    PromeneursFigures figures;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    ActivityReportRepository reports;
    @Autowired
    SatisfactionAnswerRepository answers;

    @Test
    void a_month_corrected_after_the_figures_were_read_changes_them_at_once() {
        Professional professional = labelledBetween(LocalDate.of(2015, 6, 1), LocalDate.of(2017, 1, 2));
        PromeneursYear before = year(2016);
        ActivityReport filed = fixtures.asCoordinator(() -> fixtures.activity.save(professional.getId(),
                YearMonth.of(2016, 2), 0, new ActivityDraft(3, 1, new BigDecimal("4.5"), List.of(), "", 0, "")));
        PromeneursYear filedYear = year(2016);
        fixtures.asCoordinator(() -> fixtures.activity.save(professional.getId(), YearMonth.of(2016, 2),
                filed.getVersion(), new ActivityDraft(5, 1, new BigDecimal("4.5"), List.of(), "", 0, "")));
        PromeneursYear corrected = year(2016);

        assertThat(filedYear.value(INDIVIDUAL_FOLLOW_UPS).intValue())
                .isEqualTo(before.value(INDIVIDUAL_FOLLOW_UPS).intValue() + 3);
        assertThat(corrected.value(INDIVIDUAL_FOLLOW_UPS).intValue())
                .isEqualTo(before.value(INDIVIDUAL_FOLLOW_UPS).intValue() + 5);
        assertThat(corrected.value(ACTIVITY_REPORTS).intValue()).isEqualTo(before.value(ACTIVITY_REPORTS).intValue() + 1);
        assertThat(corrected.value(HOURS_ONLINE)).isEqualByComparingTo(before.value(HOURS_ONLINE).add(new BigDecimal("4.5")));
        assertThat(corrected.figure(INDIVIDUAL_FOLLOW_UPS, null).orElseThrow().records())
                .extracting(FigureRecord::id).contains(filed.getId());
    }

    @Test
    void a_year_written_without_its_ledger_is_counted_from_its_reports_and_answers_when_first_read() {
        Professional professional = labelledBetween(LocalDate.of(2012, 1, 9), LocalDate.of(2014, 1, 6));
        ActivityReport report = new ActivityReport(professional.getId(), Department.PAS_DE_CALAIS, YearMonth.of(2013, 3));
        report.apply(new ActivityDraft(7, 2, BigDecimal.TEN, List.of(), "", 1, ""));
        reports.insert(report);
        PdnMeeting event = fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2013, 4, 2), professional);
        SatisfactionAnswer answer = new SatisfactionAnswer(event, professional.getId(), Department.PAS_DE_CALAIS,
                "written-directly", Instant.now());
        answer.answer(4, "", Instant.now());
        answers.insert(answer);

        PromeneursYear year = year(2013);

        assertThat(year.value(INDIVIDUAL_FOLLOW_UPS).intValue()).isEqualTo(7);
        assertThat(year.value(COLLECTIVE_ACTIONS).intValue()).isEqualTo(2);
        assertThat(year.value(SATISFACTION_ANSWERS).intValue()).isEqualTo(1);
        assertThat(year.value(SATISFACTION_AVERAGE)).isEqualByComparingTo("4");
    }

    /** Gone before the years other tests count whole (2019 in {@code PromeneursFiguresTest}). */
    private Professional labelledBetween(LocalDate labelled, LocalDate left) {
        return fixtures.leave(fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "AA62"), labelled), left);
    }

    private PromeneursYear year(int year) {
        return fixtures.asCoordinator(() -> figures.year(year, Department.PAS_DE_CALAIS));
    }
}
