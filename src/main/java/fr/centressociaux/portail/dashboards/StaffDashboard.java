package fr.centressociaux.portail.dashboards;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import fr.centressociaux.portail.followup.FollowupFigures;
import fr.centressociaux.portail.followup.FollowupYear;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.promeneurs.PromeneursFigures;
import fr.centressociaux.portail.promeneurs.PromeneursMeasure;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.TrainingBilan;
import fr.centressociaux.portail.trainings.TrainingBilans;
import org.springframework.stereotype.Component;

/**
 * The federation staff's home: the network's year, with both departments side by side wherever a
 * module counts per department (participants by kind, trainings, Promeneurs du Net, follow-up),
 * and every territory's rate of centres represented.
 */
@Component
class StaffDashboard {

    /** The Promeneurs du Net chart shows this many years up to the dashboard's. */
    static final int PROMENEURS_YEARS = 5;

    private final MeetingService meetings;
    private final TrainingBilans trainings;
    private final FollowupFigures followup;
    private final PromeneursFigures promeneurs;
    private final TerritoryService territories;
    private final FigureCharts charts;
    private final Tiles tiles;

    StaffDashboard(MeetingService meetings, TrainingBilans trainings, FollowupFigures followup,
            PromeneursFigures promeneurs, TerritoryService territories, FigureCharts charts, Tiles tiles) {
        this.meetings = meetings;
        this.trainings = trainings;
        this.followup = followup;
        this.promeneurs = promeneurs;
        this.territories = territories;
        this.charts = charts;
        this.tiles = tiles;
    }

    Dashboard build(int year) {
        YearFigures network = meetings.figures(MeetingFilter.year(year));
        Map<Department, TrainingBilan> bilans = perDepartment(department -> trainings.bilan(year, department));
        Map<Department, FollowupYear> supports = perDepartment(department -> followup.of(year, department));
        List<Integer> years = IntStream.rangeClosed(year - PROMENEURS_YEARS + 1, year).boxed().toList();
        Map<Department, List<Integer>> labelled = perDepartment(department -> years.stream()
                .map(each -> promeneurs.year(each, department).value(PromeneursMeasure.LABELLED_AT_YEAR_END).intValue())
                .toList());

        List<DashboardTile> figures = new ArrayList<>();
        figures.add(tiles.tile("dashboard.tile.meetings", network.meetings(), "",
                tiles.perMeeting(network), DrillDown.meetings(year)));
        figures.add(tiles.tile("dashboard.tile.participants", network.counts().participants(), "",
                tiles.byDepartment(perDepartment(network.counts()::from), ""), DrillDown.meetings(year)));
        figures.add(tiles.tile("dashboard.tile.centres-represented", network.distinctRate().orElse(0), "%",
                tiles.text("dashboard.compare.centres", network.distinctCentresRepresented(),
                        network.distinctCentresInvited()), DrillDown.meetings(year)));
        figures.add(tiles.tile("dashboard.tile.trainees", sum(bilans, bilan -> bilan.total().trainees()), "",
                tiles.byDepartment(map(bilans, bilan -> bilan.total().trainees()), ""), DrillDown.trainingBilan(year)));
        figures.add(tiles.tile("dashboard.tile.training-hours", sum(bilans, StaffDashboard::hours), "h",
                tiles.byDepartment(map(bilans, StaffDashboard::hours), "h"), DrillDown.trainingBilan(year)));
        figures.add(tiles.tile("dashboard.tile.centres-supported",
                sum(supports, of -> of.value("supports.all-centres")), "",
                tiles.byDepartment(map(supports, of -> of.value("supports.all-centres")), ""),
                DrillDown.followupFigures()));
        figures.add(tiles.tile("dashboard.tile.promeneurs", sum(labelled, List::getLast), "",
                tiles.byDepartment(map(labelled, List::getLast), ""), DrillDown.promeneursFigures()));

        Map<String, MeetingCounts> participants = named(perDepartment(department -> meetings
                .figures(new MeetingFilter(year, null, null, department)).counts()));
        Map<String, Integer> rates = new LinkedHashMap<>();
        for (Territory territory : Territories.during(territories.all(), year)) {
            rates.put(territory.getName(), meetings.figures(new MeetingFilter(year, null, territory.getId(), null))
                    .distinctRate().orElse(0));
        }
        List<DashboardChart> all = List.of(
                charts.meetingsPerMonth(year, meetings.perMonth(MeetingFilter.year(year)), DrillDown.meetings(year)),
                charts.participantsByKind(year, participants, DrillDown.meetings(year)),
                charts.centresRepresented(year, rates, DrillDown.meetings(year)),
                charts.trainingHoursByFamily(year, named(bilans), DrillDown.trainingBilan(year)),
                charts.promeneursLabelled(year, years, named(labelled), DrillDown.promeneursFigures()),
                charts.followupByKind(year, named(supports), DrillDown.followupFigures()));
        return new Dashboard(Dashboard.Kind.STAFF, year, tiles.text("dashboard.scope.network"), figures, all);
    }

    static double hours(TrainingBilan bilan) {
        return FigureCharts.hours(bilan.total().attended());
    }

    private static <T> Map<Department, T> perDepartment(Function<Department, T> value) {
        Map<Department, T> values = new EnumMap<>(Department.class);
        for (Department department : Department.values()) {
            values.put(department, value.apply(department));
        }
        return values;
    }

    private static <T, N extends Number> Map<Department, N> map(Map<Department, T> values, Function<T, N> value) {
        Map<Department, N> mapped = new EnumMap<>(Department.class);
        values.forEach((department, of) -> mapped.put(department, value.apply(of)));
        return mapped;
    }

    private static <T> double sum(Map<Department, T> values, Function<T, ? extends Number> value) {
        return values.values().stream().mapToDouble(of -> value.apply(of).doubleValue()).sum();
    }

    /** The departments' values under their French names, Nord first. */
    private <T> Map<String, T> named(Map<Department, T> values) {
        Map<String, T> named = new LinkedHashMap<>();
        values.forEach((department, value) -> named.put(tiles.text(department.labelKey()), value));
        return named;
    }
}
