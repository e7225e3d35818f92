package fr.centressociaux.portail.shared.chart;

import java.util.List;

/** One series of a chart: its name (the legend) and one value per category, in the categories' order. */
public record ChartSeries(String name, List<Double> values) {

    public ChartSeries {
        values = List.copyOf(values);
    }

    /** Whole numbers, e.g. counts. */
    public static ChartSeries ofCounts(String name, List<? extends Number> counts) {
        return new ChartSeries(name, counts.stream().map(Number::doubleValue).toList());
    }
}
