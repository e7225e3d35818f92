package fr.centressociaux.portail.shared.chart;

/** How a chart draws its data. */
public enum ChartKind {
    /** Horizontal bars, one group per category (long French labels fit on the left); grouped with several series. */
    BARS,
    /** Vertical columns for a short, ordered axis such as the months of a year. */
    COLUMNS,
    /** Lines over an ordered axis such as years, one per series. */
    LINES
}
