package fr.centressociaux.portail.dashboards;

import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.followup.FollowupYear;
import fr.centressociaux.portail.followup.SupportKind;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.chart.ChartData;
import fr.centressociaux.portail.shared.chart.ChartKind;
import fr.centressociaux.portail.shared.chart.ChartSeries;
import fr.centressociaux.portail.trainings.TrainingBilan;
import fr.centressociaux.portail.trainings.TrainingFamily;
import org.springframework.stereotype.Component;

/**
 * The six charts of the dashboards, in French, from figures the modules computed: each takes its
 * series already named (a department, a territory, a year) so a dashboard decides what it compares.
 * Series are kept in the order given (the callers pass ordered maps).
 */
@Component
class FigureCharts {

    private static final String NO_UNIT = "";

    private final Texts texts;

    FigureCharts(Texts texts) {
        this.texts = texts;
    }

    DashboardChart meetingsPerMonth(int year, List<Integer> months, String link) {
        List<String> names = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.SHORT, Locale.FRANCE)).toList();
        return chart(ChartKind.COLUMNS, "meetings-per-month", "dashboard.chart.meetings-per-month.title",
                "dashboard.chart.meetings-per-month.description", year, "dashboard.chart.month", names,
                List.of(ChartSeries.ofCounts(texts.get("dashboard.series.meetings"), months)), NO_UNIT, link);
    }

    DashboardChart participantsByKind(int year, Map<String, MeetingCounts> counts, String link) {
        List<ParticipantKind> kinds = List.of(ParticipantKind.values());
        return chart(ChartKind.BARS, "participants-by-kind", "dashboard.chart.participants-by-kind.title",
                "dashboard.chart.participants-by-kind.description", year, "dashboard.chart.kind",
                kinds.stream().map(kind -> texts.get(kind.labelKey())).toList(),
                series(counts, kinds.size(), (of, index) -> of.of(kinds.get(index))), NO_UNIT, link);
    }

    /** The share of each territory's invited centres that came at least once, in whole percent. */
    DashboardChart centresRepresented(int year, Map<String, Integer> ratesByTerritory, String link) {
        return chart(ChartKind.BARS, "centres-represented", "dashboard.chart.centres-represented.title",
                "dashboard.chart.centres-represented.description", year, "dashboard.chart.territory",
                List.copyOf(ratesByTerritory.keySet()),
                List.of(ChartSeries.ofCounts(texts.get("dashboard.series.rate"),
                        List.copyOf(ratesByTerritory.values()))),
                "%", link);
    }

    DashboardChart trainingHoursByFamily(int year, Map<String, TrainingBilan> bilans, String link) {
        List<TrainingFamily> families = List.of(TrainingFamily.values());
        return chart(ChartKind.BARS, "training-hours", "dashboard.chart.training-hours.title",
                "dashboard.chart.training-hours.description", year, "dashboard.chart.family",
                families.stream().map(family -> texts.get(family.labelKey())).toList(),
                series(bilans, families.size(), (bilan, index) -> hours(bilan, families.get(index))), "h", link);
    }

    /** Professionals labelled on 31 December of each year, a line per series. */
    DashboardChart promeneursLabelled(int year, List<Integer> years, Map<String, List<Integer>> labelled,
            String link) {
        List<ChartSeries> series = new ArrayList<>();
        labelled.forEach((name, values) -> series.add(ChartSeries.ofCounts(name, values)));
        return chart(ChartKind.LINES, "promeneurs-labelled", "dashboard.chart.promeneurs-labelled.title",
                "dashboard.chart.promeneurs-labelled.description", year, "dashboard.chart.year",
                years.stream().map(String::valueOf).toList(), series, NO_UNIT, link);
    }

    DashboardChart followupByKind(int year, Map<String, FollowupYear> figures, String link) {
        List<SupportKind> kinds = List.of(SupportKind.values());
        return chart(ChartKind.BARS, "followup-by-kind", "dashboard.chart.followup-by-kind.title",
                "dashboard.chart.followup-by-kind.description", year, "dashboard.chart.support-kind",
                kinds.stream().map(kind -> texts.get(kind.labelKey())).toList(),
                series(figures, kinds.size(),
                        (of, index) -> of.value("supports.actions." + kinds.get(index).name())), NO_UNIT,
                link);
    }

    /** Two bars per category: the director's centre, its territory's average. */
    DashboardChart centreAgainstTerritory(int year, List<String> categories, Map<String, List<Double>> series,
            String link) {
        List<ChartSeries> all = new ArrayList<>();
        series.forEach((name, values) -> all.add(new ChartSeries(name, values)));
        return chart(ChartKind.BARS, "centre-against-territory", "dashboard.chart.centre-against-territory.title",
                "dashboard.chart.centre-against-territory.description", year, "dashboard.chart.figure", categories, all,
                NO_UNIT, link);
    }

    private DashboardChart chart(ChartKind kind, String id, String titleKey, String descriptionKey, int year,
            String categoryKey, List<String> categories, List<ChartSeries> series, String unit, String link) {
        String year4 = String.valueOf(year);
        return new DashboardChart(kind, new ChartData(id, texts.get(titleKey, year4), texts.get(descriptionKey, year4),
                texts.get(categoryKey), categories, series, unit), link);
    }

    private static double hours(TrainingBilan bilan, TrainingFamily family) {
        return hours(bilan.rows().stream().filter(row -> row.family() == family)
                .map(row -> row.counts().attended()).reduce(Duration.ZERO, Duration::plus));
    }

    /** Hours with one decimal (14,5 for 14 h 30): what a chart and a figure show. */
    static double hours(Duration attended) {
        return Math.round(attended.toMinutes() / 6.0) / 10.0;
    }

    /** One series per entry, its values the figure of each category index. */
    private static <T> List<ChartSeries> series(Map<String, T> named, int categories, IndexedValue<T> value) {
        List<ChartSeries> series = new ArrayList<>();
        named.forEach((name, of) -> {
            List<Double> values = new ArrayList<>();
            for (int index = 0; index < categories; index++) {
                values.add(value.of(of, index));
            }
            series.add(new ChartSeries(name, values));
        });
        return series;
    }

    @FunctionalInterface
    private interface IndexedValue<T> {

        double of(T source, int index);
    }
}
