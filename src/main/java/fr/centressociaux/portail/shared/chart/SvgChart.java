package fr.centressociaux.portail.shared.chart;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a chart as SVG text (DD019): a picture with {@code role="img"}, named by its title and
 * described by a sentence listing every value, so a screen reader gets the data the bars show.
 * Sizes are in a fixed coordinate system; the picture scales to the width it is given. Labels too
 * long for their column are shortened with an ellipsis (the description and the table keep them whole).
 */
public final class SvgChart {

    static final int WIDTH = 460;
    private static final int FONT = 13;
    private static final int SMALL_FONT = 11;
    /**
     * A generous width of a character of the label font (capitals and accents included), so that a
     * label shortened to its column never spills out of the picture.
     */
    private static final double CHAR_WIDTH = 7.6;
    private static final int LEGEND_HEIGHT = 26;
    private static final int BAR_HEIGHT = 16;
    private static final int GROUP_GAP = 12;
    private static final int PLOT_HEIGHT = 190;
    private static final int TICKS = 4;

    private final ChartData data;
    private final ChartColours colours;
    private final StringBuilder svg = new StringBuilder();

    private SvgChart(ChartData data, ChartColours colours) {
        this.data = data;
        this.colours = colours;
    }

    public static String svg(ChartKind kind, ChartData data, ChartColours colours) {
        return new SvgChart(data, colours).write(kind);
    }

    private String write(ChartKind kind) {
        int top = data.series().size() > 1 ? LEGEND_HEIGHT + 6 : 8;
        int height = switch (kind) {
            case BARS -> top + data.categories().size() * groupHeight() + 8;
            case COLUMNS, LINES -> top + PLOT_HEIGHT + 40;
        };
        String titleId = data.id() + "-title";
        String descId = data.id() + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-labelledby=\"")
                .append(titleId).append("\" aria-describedby=\"").append(descId).append("\" font-size=\"")
                .append(FONT).append("\" font-family=\"sans-serif\">");
        svg.append("<title id=\"").append(titleId).append("\">").append(escape(data.title())).append("</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(description())).append("</desc>");
        if (data.series().size() > 1) {
            legend();
        }
        switch (kind) {
            case BARS -> bars(top);
            case COLUMNS -> columns(top);
            case LINES -> lines(top);
        }
        return svg.append("</svg>").toString();
    }

    /** The description, then every value of every series, as the bars say them. */
    private String description() {
        String values = data.series().stream().map(series -> (data.series().size() > 1 ? series.name() + " : " : "")
                + IntStream.range(0, data.categories().size())
                        .mapToObj(i -> data.categories().get(i) + " " + value(series.values().get(i)))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" ; "));
        return data.description() + " " + values + ".";
    }

    private void legend() {
        double x = 0;
        for (int i = 0; i < data.series().size(); i++) {
            String name = data.series().get(i).name();
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"6\" width=\"12\" height=\"12\" rx=\"2\" ")
                    .append(colours.seriesFill(i)).append("/>");
            text(x + 17, 17, name, "start", FONT, colours.text());
            x += 17 + name.length() * CHAR_WIDTH + 18;
        }
    }

    private int groupHeight() {
        return data.series().size() * BAR_HEIGHT + GROUP_GAP;
    }

    /** Horizontal bars: the categories' labels on the left, each group of bars on its row, values at the end. */
    private void bars(int top) {
        int longest = data.categories().stream().mapToInt(String::length).max().orElse(0);
        double labelWidth = Math.min(WIDTH * 0.42, longest * CHAR_WIDTH + 4);
        int maxChars = (int) (labelWidth / CHAR_WIDTH);
        double x0 = labelWidth + 8;
        double plotWidth = WIDTH - x0 - 64;
        double max = Math.max(data.max(), 1);
        for (int c = 0; c < data.categories().size(); c++) {
            double y = top + c * groupHeight();
            text(labelWidth, y + data.series().size() * BAR_HEIGHT / 2.0 + 4, shorten(data.categories().get(c),
                    maxChars), "end", FONT, colours.text());
            for (int s = 0; s < data.series().size(); s++) {
                double value = data.series().get(s).values().get(c);
                double barY = y + s * BAR_HEIGHT;
                double width = value / max * plotWidth;
                rect(x0, barY + 1, width, BAR_HEIGHT - 3, s);
                text(x0 + width + 4, barY + BAR_HEIGHT - 4, value(value), "start", SMALL_FONT, colours.text());
            }
        }
        line(x0, top - 4, x0, top + data.categories().size() * groupHeight() - GROUP_GAP + 4);
    }

    /** Vertical columns over a short ordered axis, with a value axis and its grid lines. */
    private void columns(int top) {
        Axis axis = axis(top);
        double groupWidth = axis.plotWidth() / data.categories().size();
        double barWidth = groupWidth * 0.7 / data.series().size();
        for (int c = 0; c < data.categories().size(); c++) {
            double groupX = axis.x0() + c * groupWidth + groupWidth * 0.15;
            for (int s = 0; s < data.series().size(); s++) {
                double value = data.series().get(s).values().get(c);
                double height = axis.height(value);
                double x = groupX + s * barWidth;
                rect(x, axis.bottom() - height, barWidth - 1, height, s);
                if (value != 0 && data.series().size() == 1) {
                    text(x + barWidth / 2, axis.bottom() - height - 4, value(value), "middle", SMALL_FONT,
                            colours.text());
                }
            }
            categoryLabel(axis, axis.x0() + (c + 0.5) * groupWidth, data.categories().get(c), groupWidth);
        }
    }

    /** One line per series over an ordered axis, each point marked and labelled with its value. */
    private void lines(int top) {
        Axis axis = axis(top);
        double step = axis.plotWidth() / data.categories().size();
        for (int s = 0; s < data.series().size(); s++) {
            List<Double> values = data.series().get(s).values();
            String points = IntStream.range(0, values.size())
                    .mapToObj(i -> fmt(axis.x0() + (i + 0.5) * step) + ","
                            + fmt(axis.bottom() - axis.height(values.get(i))))
                    .collect(Collectors.joining(" "));
            svg.append("<polyline class=\"series-").append(s).append("\" fill=\"none\" stroke-width=\"2.5\" points=\"")
                    .append(points).append("\" ").append(colours.seriesStroke(s)).append("/>");
            for (int i = 0; i < values.size(); i++) {
                double x = axis.x0() + (i + 0.5) * step;
                double y = axis.bottom() - axis.height(values.get(i));
                svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3.5\" ")
                        .append(colours.seriesFill(s)).append("/>");
                text(x, y - 7 - s * 13, value(values.get(i)), "middle", SMALL_FONT, colours.text());
            }
        }
        for (int i = 0; i < data.categories().size(); i++) {
            categoryLabel(axis, axis.x0() + (i + 0.5) * step, data.categories().get(i), step);
        }
    }

    /** The value axis: rounded ticks from zero to a round maximum, with grid lines. */
    private Axis axis(int top) {
        double step = niceStep(Math.max(data.max(), 1) / TICKS);
        double max = step * Math.ceil(Math.max(data.max(), 1) / step);
        double x0 = 8 + value(max).length() * CHAR_WIDTH;
        Axis axis = new Axis(x0, top + 12, top + 12 + PLOT_HEIGHT, WIDTH - x0 - 4, max);
        for (double tick = 0; tick <= max + step / 2; tick += step) {
            double y = axis.bottom() - axis.height(tick);
            line(x0, y, WIDTH - 4, y);
            text(x0 - 5, y + 4, value(tick), "end", SMALL_FONT, colours.secondaryText());
        }
        return axis;
    }

    private void categoryLabel(Axis axis, double x, String label, double room) {
        text(x, axis.bottom() + 18, shorten(label, Math.max(3, (int) (room / (SMALL_FONT * 0.6)))), "middle",
                SMALL_FONT, colours.text());
    }

    /** 1, 2 or 5 times a power of ten, at least the raw step. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return Math.max(1, factor * power);
            }
        }
        return 10 * power;
    }

    private void rect(double x, double y, double width, double height, int series) {
        svg.append("<rect class=\"series-").append(series).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                .append(fmt(y)).append("\" width=\"").append(fmt(Math.max(width, 0))).append("\" height=\"")
                .append(fmt(Math.max(height, 0))).append("\" rx=\"2\" ").append(colours.seriesFill(series))
                .append("/>");
    }

    private void line(double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"")
                .append(fmt(x2)).append("\" y2=\"").append(fmt(y2)).append("\" stroke-width=\"1\" ")
                .append(colours.grid()).append("/>");
    }

    private void text(double x, double y, String content, String anchor, int size, String paint) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (size != FONT) {
            svg.append(" font-size=\"").append(size).append('"');
        }
        svg.append(' ').append(paint).append('>').append(escape(content)).append("</text>");
    }

    private String value(double value) {
        return ChartNumbers.format(value, data.unit());
    }

    static String shorten(String label, int maxChars) {
        return label.length() <= maxChars ? label : label.substring(0, Math.max(1, maxChars - 1)).strip() + "…";
    }

    /** Coordinates with one decimal at most, written with a dot whatever the default locale. */
    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Axis(double x0, double top, double bottom, double plotWidth, double max) {

        double height(double value) {
            return max == 0 ? 0 : value / max * (bottom - top);
        }
    }
}
