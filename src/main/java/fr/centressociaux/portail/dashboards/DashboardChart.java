package fr.centressociaux.portail.dashboards;

import fr.centressociaux.portail.shared.chart.ChartColours;
import fr.centressociaux.portail.shared.chart.ChartData;
import fr.centressociaux.portail.shared.chart.ChartKind;
import fr.centressociaux.portail.shared.chart.SvgChart;

/** One chart of a dashboard: its data, how it is drawn, and the page that details it. */
public record DashboardChart(ChartKind kind, ChartData data, String link) {

    /** The chart as SVG text, themed for a page or plain for a document. */
    public String svg(ChartColours colours) {
        return SvgChart.svg(kind, data, colours);
    }
}
