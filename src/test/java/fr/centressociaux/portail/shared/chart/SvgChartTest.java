package fr.centressociaux.portail.shared.chart;

import java.util.List;

import fr.centressociaux.portail.support.SvgDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SVG writer draws well-formed, accessible pictures whose marks and labels are the data's. */
class SvgChartTest {

    private static final ChartData TWO_DEPARTMENTS = new ChartData("participants", "Participants par type en 2024",
            "Personnes présentes par type :", "Type", List.of("Salarié·e", "Bénévole", "Habitant·e"),
            List.of(ChartSeries.ofCounts("Nord (59)", List.of(120, 45, 0)),
                    ChartSeries.ofCounts("Pas-de-Calais (62)", List.of(1234, 80, 7))), "");

    @Test
    void a_chart_is_an_image_named_by_its_title_and_described_by_its_values() {
        SvgDocument svg = SvgDocument.parse(SvgChart.svg(ChartKind.BARS, TWO_DEPARTMENTS, ChartColours.THEME));
        Element root = svg.root();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("participants-title");
        assertThat(root.getAttribute("aria-describedby")).isEqualTo("participants-desc");
        assertThat(svg.text("title", "participants-title")).isEqualTo("Participants par type en 2024");
        assertThat(svg.text("desc", "participants-desc")).isEqualTo("Personnes présentes par type : "
                + "Nord (59) : Salarié·e 120, Bénévole 45, Habitant·e 0 ; "
                + "Pas-de-Calais (62) : Salarié·e 1\u202f234, Bénévole 80, Habitant·e 7.");
    }

    @Test
    void grouped_bars_draw_one_bar_per_category_and_series_with_the_legend_and_french_numbers() {
        SvgDocument svg = SvgDocument.parse(SvgChart.svg(ChartKind.BARS, TWO_DEPARTMENTS, ChartColours.THEME));

        assertThat(svg.bars())
                .extracting(rect -> rect.getAttribute("class"))
                .containsExactly("series-0", "series-1", "series-0", "series-1", "series-0", "series-1");
        assertThat(svg.texts()).contains("Nord (59)", "Pas-de-Calais (62)", "Salarié·e", "Bénévole", "Habitant·e",
                "1\u202f234", "120", "7");
        assertThat(widthOf(svg, 1)).as("the longest bar is the largest value").isGreaterThan(widthOf(svg, 0));
    }

    @Test
    void on_a_page_colours_come_from_the_theme_and_in_a_document_they_are_plain() {
        String themed = SvgChart.svg(ChartKind.BARS, TWO_DEPARTMENTS, ChartColours.THEME);
        String print = SvgChart.svg(ChartKind.BARS, TWO_DEPARTMENTS, ChartColours.PRINT);

        assertThat(themed).contains("fill:var(--lumo-primary-color,", "fill:var(--lumo-success-color,",
                "fill:var(--lumo-body-text-color,").doesNotContain("fill=\"#");
        assertThat(print).contains("fill=\"#1676f3\"", "fill=\"#0d8a53\"").doesNotContain("var(--");
    }

    @Test
    void columns_label_each_month_and_write_each_value_above_its_column() {
        List<String> months = List.of("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc.");
        ChartData data = new ChartData("months", "Réunions par mois en 2024", "Réunions :", "Mois", months,
                List.of(ChartSeries.ofCounts("Réunions", List.of(3, 5, 0, 2, 1, 8, 0, 0, 4, 6, 2, 1))), "");

        SvgDocument svg = SvgDocument.parse(SvgChart.svg(ChartKind.COLUMNS, data, ChartColours.THEME));

        assertThat(svg.elements("rect")).hasSize(12);
        assertThat(svg.texts()).containsAll(months).contains("8", "6", "3");
        assertThat(svg.elements("line")).as("grid lines at 0, 2, 4, 6 and 8").hasSize(5);
    }

    @Test
    void lines_draw_one_line_per_series_with_a_marked_point_per_year() {
        ChartData data = new ChartData("pdn", "Promeneurs du Net labellisés", "Labellisés :", "Année",
                List.of("2021", "2022", "2023"), List.of(ChartSeries.ofCounts("Nord (59)", List.of(10, 14, 21)),
                        ChartSeries.ofCounts("Pas-de-Calais (62)", List.of(30, 28, 35))), "");

        SvgDocument svg = SvgDocument.parse(SvgChart.svg(ChartKind.LINES, data, ChartColours.THEME));

        assertThat(svg.elements("polyline")).hasSize(2);
        assertThat(svg.elements("polyline").getFirst().getAttribute("points").split(" ")).hasSize(3);
        assertThat(svg.elements("circle")).hasSize(6);
        assertThat(svg.texts()).contains("2021", "2022", "2023", "21", "35", "Nord (59)");
    }

    @Test
    void units_are_written_the_french_way_and_text_is_escaped() {
        ChartData data = new ChartData("rates", "Taux <2024> & co", "Centres \"représentés\" :", "Territoire",
                List.of("Littoral 62", "Arrageois & Bassin-Minier"),
                List.of(new ChartSeries("Centres représentés", List.of(80.0, 12.5))), "%");

        String svg = SvgChart.svg(ChartKind.BARS, data, ChartColours.THEME);

        assertThat(svg).contains("Taux &lt;2024&gt; &amp; co", "Arrageois &amp; Bassin-Minier");
        assertThat(SvgDocument.parse(svg).texts()).contains("80\u00a0%", "12,5\u00a0%");
    }

    @Test
    void a_label_too_long_for_its_column_is_shortened_and_kept_whole_in_the_description() {
        String longLabel = "Coopération coordination parentalité – MDS et partenaires de la protection de "
                + "l’enfance";
        ChartData data = new ChartData("long", "Actions", "Actions :", "Type", List.of(longLabel, "Individuel"),
                List.of(ChartSeries.ofCounts("Actions", List.of(2, 3))), "");

        SvgDocument svg = SvgDocument.parse(SvgChart.svg(ChartKind.BARS, data, ChartColours.THEME));

        assertThat(svg.texts()).noneMatch(text -> text.equals(longLabel))
                .anyMatch(text -> text.startsWith("Coopération coordination") && text.endsWith("…"));
        assertThat(svg.text("desc", "long-desc")).contains(longLabel);
    }

    @Test
    void series_of_the_wrong_length_are_refused() {
        assertThatThrownBy(() -> new ChartData("bad", "Titre", "Description", "Type", List.of("a", "b"),
                List.of(ChartSeries.ofCounts("Série", List.of(1))), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void value_axis_steps_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(ChartLayout.niceStep(0.3)).isEqualTo(1);
        assertThat(ChartLayout.niceStep(3)).isEqualTo(5);
        assertThat(ChartLayout.niceStep(17)).isEqualTo(20);
        assertThat(ChartLayout.niceStep(260)).isEqualTo(500);
    }

    private static double widthOf(SvgDocument svg, int series) {
        return svg.bars().stream().filter(rect -> rect.getAttribute("class").equals("series-" + series))
                .mapToDouble(rect -> Double.parseDouble(rect.getAttribute("width"))).max().orElseThrow();
    }
}
