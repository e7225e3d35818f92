package fr.centressociaux.portail.dashboards;

import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.chart.ChartNumbers;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The figures of the dashboards in French, written as the charts write them ("1 234", "80 %"). */
@Component
class Tiles {

    private final Texts texts;

    Tiles(Texts texts) {
        this.texts = texts;
    }

    DashboardTile tile(String labelKey, double value, String unit, @Nullable String comparison, String link) {
        return new DashboardTile(texts.get(labelKey), ChartNumbers.format(value, unit), comparison, link);
    }

    /** "dont Nord (59) : 120 · Pas-de-Calais (62) : 200" */
    String byDepartment(Map<Department, ? extends Number> values, String unit) {
        return texts.get("dashboard.compare.departments", values.entrySet().stream()
                .map(entry -> texts.get("dashboard.compare.part", texts.get(entry.getKey().labelKey()),
                        ChartNumbers.format(entry.getValue().doubleValue(), unit)))
                .collect(Collectors.joining(" · ")));
    }

    /** "En 2023 : 120 (+12)" */
    String againstYear(int year, double previous, double now, String unit) {
        double difference = now - previous;
        String signed = (difference > 0 ? "+" : difference < 0 ? "−" : "±")
                + ChartNumbers.format(Math.abs(difference), unit);
        return texts.get("dashboard.compare.year", String.valueOf(year), ChartNumbers.format(previous, unit), signed);
    }

    /** "12,5 participants par réunion en moyenne", when there was a meeting. */
    @Nullable String perMeeting(YearFigures figures) {
        return figures.averageParticipants().isPresent() ? texts.get("dashboard.compare.per-meeting",
                ChartNumbers.format(figures.averageParticipants().getAsDouble(), "")) : null;
    }

    /** "Moyenne des centres du territoire Littoral 62 : 3,2" */
    String againstTerritory(String territory, double average, String unit) {
        return texts.get("dashboard.compare.territory", territory, ChartNumbers.format(average, unit));
    }

    String text(String key, Object... params) {
        return texts.get(key, params);
    }
}
