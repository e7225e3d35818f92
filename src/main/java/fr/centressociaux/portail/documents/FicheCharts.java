package fr.centressociaux.portail.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.chart.ChartData;
import fr.centressociaux.portail.shared.chart.ChartKind;
import fr.centressociaux.portail.shared.chart.ChartSeries;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import org.springframework.stereotype.Component;

/**
 * The charts of a fiche action in the Word and PDF bilan: its indicators as horizontal bars, the
 * year against the previous one, one chart per unit (counts, rates, hours do not share an axis) and
 * at most {@value #PER_CHART} indicators a chart so the picture stays readable on a page. The values
 * are the bilan's own figures; an indicator whose figure is broken is left out (its line in the table
 * says why), a fiche with nothing but zeros gets no chart.
 */
@Component
class FicheCharts implements BilanIllustrations {

    static final int PER_CHART = 12;

    private final Texts texts;

    FicheCharts(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<Illustration> of(Bilan bilan, Bilan.Fiche fiche) {
        List<BilanLine> lines = fiche.objectives().stream().flatMap(part -> part.lines().stream())
                .filter(line -> !line.current().isBroken()).toList();
        List<Illustration> charts = new ArrayList<>();
        for (MeasureUnit unit : MeasureUnit.values()) {
            List<BilanLine> ofUnit = lines.stream().filter(line -> line.current().unit() == unit).toList();
            for (int from = 0; from < ofUnit.size(); from += PER_CHART) {
                List<BilanLine> shown = ofUnit.subList(from, Math.min(ofUnit.size(), from + PER_CHART));
                chart(bilan.year(), fiche, unit, shown, charts.size()).ifPresent(charts::add);
            }
        }
        return charts;
    }

    private Optional<Illustration> chart(int year, Bilan.Fiche fiche, MeasureUnit unit,
            List<BilanLine> lines, int number) {
        List<Double> now = lines.stream().map(line -> line.current().number().orElse(0.0)).toList();
        if (now.stream().allMatch(value -> value == 0)) {
            return Optional.empty();
        }
        List<ChartSeries> series = new ArrayList<>();
        if (lines.stream().anyMatch(line -> line.previous().number().isPresent())) {
            series.add(new ChartSeries(String.valueOf(year - 1),
                    lines.stream().map(line -> line.previous().number().orElse(0.0)).toList()));
        }
        series.add(new ChartSeries(String.valueOf(year), now));
        String unitKey = "documents.chart.unit." + unit;
        ChartData data = new ChartData("fiche-" + number, texts.get("documents.chart.title", fiche.title(),
                texts.get(unitKey), String.valueOf(year)), texts.get("documents.chart.description"),
                texts.get("documents.xlsx.indicator"), lines.stream().map(line -> line.indicator().label()).toList(),
                series, symbol(unit));
        return Optional.of(new Illustration(ChartKind.BARS, data));
    }

    /** The unit after each value, as the bilan writes it ("80 %", "12,5 h"). */
    private static String symbol(MeasureUnit unit) {
        return switch (unit) {
            case COUNT -> "";
            case PERCENT -> "%";
            case HOURS -> "h";
        };
    }
}
