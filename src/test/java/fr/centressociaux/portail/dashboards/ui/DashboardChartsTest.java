package fr.centressociaux.portail.dashboards.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.dashboards.DashboardChart;
import fr.centressociaux.portail.dashboards.DashboardService;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.shared.chart.ChartColours;
import fr.centressociaux.portail.shared.chart.ChartData;
import fr.centressociaux.portail.shared.chart.ChartKind;
import fr.centressociaux.portail.shared.chart.ChartNumbers;
import fr.centressociaux.portail.shared.chart.ChartSeries;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.SvgDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart the dashboards draw (the staff's six and the director's comparison), rendered from
 * the services' figures: the SVG names and describes itself, draws a mark per value of each series,
 * labels its categories and series in French, and its table alternative holds the same values.
 * The charts read what is in the database for the year; the checks hold whatever it is.
 */
@PortalTest
class DashboardChartsTest {

    static final int YEAR = 2017;

    @Autowired
    DashboardService dashboards;
    @Autowired
    MeetingFixtures fixtures;

    @Test
    void every_chart_of_the_dashboards_is_an_accessible_picture_of_its_data_with_the_same_data_as_a_table() {
        Map<String, DashboardChart> charts = new LinkedHashMap<>();
        AccountFixtures.actAs(fixtures.admin());
        dashboards.staff(YEAR).charts().forEach(chart -> charts.put(chart.data().id(), chart));
        Centre centre = fixtures.centre("LIT62", YEAR - 1);
        AccountFixtures.actAs(fixtures.directorOf(centre));
        dashboards.director(YEAR).charts().forEach(chart -> charts.putIfAbsent(chart.data().id(), chart));

        assertThat(charts).containsOnlyKeys("meetings-per-month", "participants-by-kind", "centres-represented",
                "training-hours", "promeneurs-labelled", "followup-by-kind", "centre-against-territory");
        charts.values().forEach(chart -> {
            checkPicture(chart);
            checkTable(chart.data());
        });
    }

    @Test
    void the_charts_are_labelled_in_french() {
        AccountFixtures.actAs(fixtures.admin());
        Map<String, ChartData> data = new LinkedHashMap<>();
        dashboards.staff(YEAR).charts().forEach(chart -> data.put(chart.data().id(), chart.data()));

        assertThat(data.get("meetings-per-month").title()).isEqualTo("Réunions par mois en 2017");
        assertThat(data.get("meetings-per-month").categories()).startsWith("janv.", "févr.", "mars").endsWith("déc.");
        assertThat(data.get("participants-by-kind").categories()).containsExactly("Salarié·e", "Bénévole",
                "Habitant·e", "Partenaire");
        assertThat(data.get("training-hours").categories()).contains("Formations métiers", "Formations sur mesure");
        assertThat(data.get("training-hours").unit()).isEqualTo("h");
        assertThat(data.get("centres-represented").unit()).isEqualTo("%");
        assertThat(data.get("followup-by-kind").categories()).contains("Renouvellement du projet social");
        assertThat(data.get("promeneurs-labelled").categories()).containsExactly("2013", "2014", "2015", "2016",
                "2017");
        assertThat(data.values()).filteredOn(chart -> chart.series().size() > 1).flatExtracting(ChartData::series)
                .extracting(ChartSeries::name).containsOnly("Nord (59)", "Pas-de-Calais (62)");
    }

    private static void checkPicture(DashboardChart chart) {
        ChartData data = chart.data();
        SvgDocument svg = SvgDocument.parse(chart.svg(ChartColours.THEME));
        assertThat(svg.root().getAttribute("role")).as(data.id()).isEqualTo("img");
        assertThat(svg.text("title", data.id() + "-title")).isEqualTo(data.title());
        String description = svg.text("desc", data.id() + "-desc");
        assertThat(description).as(data.id()).startsWith(data.description()).contains(data.categories());
        int marks = data.categories().size() * data.series().size();
        if (chart.kind() == ChartKind.LINES) {
            assertThat(svg.elements("polyline")).as(data.id()).hasSize(data.series().size());
            assertThat(svg.elements("circle")).as(data.id()).hasSize(marks);
        } else {
            assertThat(svg.bars()).as(data.id()).hasSize(marks);
        }
        List<String> texts = svg.texts();
        for (String category : data.categories()) {
            assertThat(texts).as("%s labels %s", data.id(), category)
                    .anyMatch(text -> text.equals(category) || text.endsWith("…")
                            && category.startsWith(text.substring(0, text.length() - 1)));
        }
        if (data.series().size() > 1) {
            assertThat(texts).as(data.id()).containsAll(data.series().stream().map(ChartSeries::name).toList());
        }
        for (ChartSeries series : data.series()) {
            for (Double value : series.values()) {
                assertThat(description).contains(ChartNumbers.format(value, data.unit()));
            }
        }
    }

    private static void checkTable(ChartData data) {
        NativeTable table = ChartBlock.table(data);
        assertThat(table.getCaptionText()).isEqualTo(data.title());
        NativeTableRow head = table.getHead().getRows().getFirst();
        List<String> columns = new ArrayList<>(List.of(data.categoryHeader()));
        data.series().forEach(series -> columns.add(series.name()));
        assertThat(head.getHeaderCells()).extracting(HasText::getText).as(data.id()).containsExactlyElementsOf(columns);
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(data.categories().size());
        IntStream.range(0, rows.size()).forEach(index -> {
            assertThat(rows.get(index).getHeaderCells().getFirst().getText()).isEqualTo(data.categories().get(index));
            assertThat(rows.get(index).getDataCells()).extracting(HasText::getText).containsExactlyElementsOf(
                    data.series().stream().map(series -> ChartNumbers.format(series.values().get(index), data.unit()))
                            .toList());
        });
    }
}
