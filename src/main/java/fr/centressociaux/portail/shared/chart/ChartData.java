package fr.centressociaux.portail.shared.chart;

import java.util.List;

/**
 * What a chart shows, in French: its title and a sentence saying what it shows (the picture's
 * accessible name and description), the categories (bars, months, years), the series and the unit
 * of the values ("", "%", "h").
 *
 * @param id a short name unique on a page, for the ids the title and description are referred by
 */
public record ChartData(String id, String title, String description, String categoryHeader,
        List<String> categories, List<ChartSeries> series, String unit) {

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Whether every value is zero (or there is none): the chart then says there is nothing to show. */
    public boolean isEmpty() {
        return series.stream().flatMap(one -> one.values().stream()).allMatch(value -> value == 0);
    }

    public double max() {
        return series.stream().flatMap(one -> one.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
