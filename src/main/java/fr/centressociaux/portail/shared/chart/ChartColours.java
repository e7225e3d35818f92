package fr.centressociaux.portail.shared.chart;

import java.util.List;

/**
 * Where a chart takes its colours from. On a page, from the Lumo theme's custom properties (with
 * the light theme's values as fallbacks), so the same SVG reads well in the light and dark themes;
 * in a document, which has no theme, plain colours.
 */
public enum ChartColours {
    THEME,
    PRINT;

    /** Series colours: Lumo's primary, success and warning colours, then a contrast shade. */
    private static final List<String[]> SERIES = List.of(
            new String[] {"--lumo-primary-color", "#1676f3"},
            new String[] {"--lumo-success-color", "#0d8a53"},
            new String[] {"--lumo-warning-color", "#a86400"},
            new String[] {"--lumo-contrast-60pct", "#5a6373"});
    private static final String[] TEXT = {"--lumo-body-text-color", "#1d2633"};
    private static final String[] SECONDARY_TEXT = {"--lumo-secondary-text-color", "#4d5868"};
    private static final String[] GRID = {"--lumo-contrast-20pct", "#d0d4da"};

    String seriesFill(int index) {
        return paint("fill", SERIES.get(index % SERIES.size()));
    }

    String seriesStroke(int index) {
        return paint("stroke", SERIES.get(index % SERIES.size()));
    }

    String text() {
        return paint("fill", TEXT);
    }

    String secondaryText() {
        return paint("fill", SECONDARY_TEXT);
    }

    String grid() {
        return paint("stroke", GRID);
    }

    /** The plain colour of a series, for pictures painted outside a page (documents). */
    static String printedSeries(int index) {
        return SERIES.get(index % SERIES.size())[1];
    }

    /** The plain colour of text or grid lines, for pictures painted outside a page. */
    static String printed(ChartCanvas.Ink ink) {
        return switch (ink) {
            case TEXT -> TEXT[1];
            case SECONDARY_TEXT -> SECONDARY_TEXT[1];
            case GRID -> GRID[1];
        };
    }

    /** An attribute painting the property: a style with the custom property on a page, the colour in print. */
    private String paint(String property, String[] colour) {
        return this == THEME ? "style=\"" + property + ":var(" + colour[0] + "," + colour[1] + ")\""
                : property + "=\"" + colour[1] + "\"";
    }
}
