package fr.centressociaux.portail.documents;

import fr.centressociaux.portail.shared.chart.ChartData;
import fr.centressociaux.portail.shared.chart.ChartKind;
import fr.centressociaux.portail.shared.chart.ChartPicture;

/**
 * A chart drawn for a chapter: the chart model of {@code shared.chart} (DD019), which the Word
 * writer paints as a PNG and the PDF writer as vector graphics, both with its text alternative.
 */
public record Illustration(ChartKind kind, ChartData chart) {

    /** The chart's title and every value, in French: Word's picture description, the PDF image's alt text. */
    public String altText() {
        return ChartPicture.textAlternative(chart);
    }
}
