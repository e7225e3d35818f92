package fr.centressociaux.portail.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import fr.centressociaux.portail.followup.FollowupFigures;
import fr.centressociaux.portail.followup.FollowupYear;
import fr.centressociaux.portail.promeneurs.PromeneursFigures;
import fr.centressociaux.portail.promeneurs.PromeneursMeasure;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.TrainingBilan;
import fr.centressociaux.portail.trainings.TrainingBilans;
import org.springframework.stereotype.Component;

/**
 * The funder's home: its department's indicators of the year against the previous year, from the
 * modules that give the funder its department's counts (trainings, follow-up, Promeneurs du Net;
 * the meetings reach the funder through the submitted bilan only, DD013).
 */
@Component
class FunderDashboard {

    private final TrainingBilans trainings;
    private final FollowupFigures followup;
    private final PromeneursFigures promeneurs;
    private final FigureCharts charts;
    private final Tiles tiles;

    FunderDashboard(TrainingBilans trainings, FollowupFigures followup, PromeneursFigures promeneurs,
            FigureCharts charts, Tiles tiles) {
        this.trainings = trainings;
        this.followup = followup;
        this.promeneurs = promeneurs;
        this.charts = charts;
        this.tiles = tiles;
    }

    Dashboard build(Department department, int year) {
        int previous = year - 1;
        TrainingBilan bilan = trainings.bilan(year, department);
        TrainingBilan bilanBefore = trainings.bilan(previous, department);
        FollowupYear supports = followup.of(year, department);
        FollowupYear supportsBefore = followup.of(previous, department);
        List<Integer> years = IntStream.rangeClosed(year - StaffDashboard.PROMENEURS_YEARS + 1, year).boxed().toList();
        List<Integer> labelled = years.stream().map(each -> promeneurs.year(each, department)
                .value(PromeneursMeasure.LABELLED_AT_YEAR_END).intValue()).toList();
        int labelledBefore = labelled.get(labelled.size() - 2);

        String trainingLink = DrillDown.trainingBilan(year);
        List<DashboardTile> figures = List.of(
                against("dashboard.tile.trainees", previous, bilanBefore.total().trainees(),
                        bilan.total().trainees(), "", trainingLink),
                against("dashboard.tile.training-hours", previous, StaffDashboard.hours(bilanBefore),
                        StaffDashboard.hours(bilan), "h", trainingLink),
                against("dashboard.tile.centres-supported", previous, supportsBefore.value("supports.all-centres"),
                        supports.value("supports.all-centres"), "", DrillDown.followupFigures()),
                against("dashboard.tile.support-actions", previous, supportsBefore.value("supports.all-actions"),
                        supports.value("supports.all-actions"), "", DrillDown.followupFigures()),
                against("dashboard.tile.promeneurs", previous, labelledBefore, labelled.getLast(), "",
                        DrillDown.promeneursFigures()));
        List<DashboardChart> all = List.of(
                charts.trainingHoursByFamily(year, byYear(previous, bilanBefore, year, bilan), trainingLink),
                charts.followupByKind(year, byYear(previous, supportsBefore, year, supports),
                        DrillDown.followupFigures()),
                charts.promeneursLabelled(year, years, Map.of(tiles.text(department.labelKey()), labelled),
                        DrillDown.promeneursFigures()));
        return new Dashboard(Dashboard.Kind.FUNDER, year, tiles.text(department.labelKey()), figures, all);
    }

    private DashboardTile against(String labelKey, int previousYear, double previous, double now, String unit,
            String link) {
        return tiles.tile(labelKey, now, unit, tiles.againstYear(previousYear, previous, now, unit), link);
    }

    /** Last year first, so its bars come first in each group. */
    private static <T> Map<String, T> byYear(int previousYear, T previous, int year, T now) {
        Map<String, T> values = new LinkedHashMap<>();
        values.put(String.valueOf(previousYear), previous);
        values.put(String.valueOf(year), now);
        return values;
    }
}
