package fr.centressociaux.portail.shared.chart;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.centressociaux.portail.shared.chart.ChartCanvas.Anchor;
import fr.centressociaux.portail.shared.chart.ChartCanvas.Ink;

/**
 * Where every mark of a chart goes (DD019): the legend, the bars, columns or lines, the value axis
 * and the labels, in a fixed coordinate system 460 units wide that the picture scales from. Labels
 * too long for their column are shortened with an ellipsis (the description and the table keep
 * them whole). Text widths are estimated from a generous character width rather than measured, so
 * the SVG and the Java2D pictures are laid out identically.
 */
final class ChartLayout {

    static final int WIDTH = 460;
    static final int FONT = 13;
    static final int SMALL_FONT = 11;
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

    private final ChartKind kind;
    private final ChartData data;

    ChartLayout(ChartKind kind, ChartData data) {
        this.kind = kind;
        this.data = data;
    }

    int height() {
        return switch (kind) {
            case BARS -> top() + data.categories().size() * groupHeight() + 8;
            case COLUMNS, LINES -> top() + PLOT_HEIGHT + 40;
        };
    }

    void draw(ChartCanvas canvas) {
        canvas.begin(WIDTH, height(), data.title(), description(data));
        if (data.series().size() > 1) {
            legend(canvas);
        }
        switch (kind) {
            case BARS -> bars(canvas);
            case COLUMNS -> columns(canvas);
            case LINES -> lines(canvas);
        }
    }

    /** The description, then every value of every series, as the bars say them: the picture's text alternative. */
    static String description(ChartData data) {
        String values = data.series().stream().map(series -> (data.series().size() > 1 ? series.name() + " : " : "")
                + IntStream.range(0, data.categories().size())
                        .mapToObj(i -> data.categories().get(i) + " " + ChartNumbers.format(series.values().get(i),
                                data.unit()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" ; "));
        return data.description() + " " + values + ".";
    }

    private int top() {
        return data.series().size() > 1 ? LEGEND_HEIGHT + 6 : 8;
    }

    private void legend(ChartCanvas canvas) {
        double x = 0;
        for (int i = 0; i < data.series().size(); i++) {
            String name = data.series().get(i).name();
            canvas.swatch(x, 6, 12, i);
            canvas.text(x + 17, 17, name, Anchor.START, FONT, Ink.TEXT);
            x += 17 + name.length() * CHAR_WIDTH + 18;
        }
    }

    private int groupHeight() {
        return data.series().size() * BAR_HEIGHT + GROUP_GAP;
    }

    /** Horizontal bars: the categories' labels on the left, each group of bars on its row, values at the end. */
    private void bars(ChartCanvas canvas) {
        int top = top();
        int longest = data.categories().stream().mapToInt(String::length).max().orElse(0);
        double labelWidth = Math.min(WIDTH * 0.42, longest * CHAR_WIDTH + 4);
        int maxChars = (int) (labelWidth / CHAR_WIDTH);
        double x0 = labelWidth + 8;
        double plotWidth = WIDTH - x0 - 64;
        double max = Math.max(data.max(), 1);
        for (int c = 0; c < data.categories().size(); c++) {
            double y = top + c * groupHeight();
            canvas.text(labelWidth, y + data.series().size() * BAR_HEIGHT / 2.0 + 4,
                    shorten(data.categories().get(c), maxChars), Anchor.END, FONT, Ink.TEXT);
            for (int s = 0; s < data.series().size(); s++) {
                double value = data.series().get(s).values().get(c);
                double barY = y + s * BAR_HEIGHT;
                double width = value / max * plotWidth;
                canvas.bar(x0, barY + 1, width, BAR_HEIGHT - 3, s);
                canvas.text(x0 + width + 4, barY + BAR_HEIGHT - 4, value(value), Anchor.START, SMALL_FONT, Ink.TEXT);
            }
        }
        canvas.rule(x0, top - 4, x0, top + data.categories().size() * groupHeight() - GROUP_GAP + 4);
    }

    /** Vertical columns over a short ordered axis, with a value axis and its grid lines. */
    private void columns(ChartCanvas canvas) {
        Axis axis = axis(canvas);
        double groupWidth = axis.plotWidth() / data.categories().size();
        double barWidth = groupWidth * 0.7 / data.series().size();
        for (int c = 0; c < data.categories().size(); c++) {
            double groupX = axis.x0() + c * groupWidth + groupWidth * 0.15;
            for (int s = 0; s < data.series().size(); s++) {
                double value = data.series().get(s).values().get(c);
                double height = axis.height(value);
                double x = groupX + s * barWidth;
                canvas.bar(x, axis.bottom() - height, barWidth - 1, height, s);
                if (value != 0 && data.series().size() == 1) {
                    canvas.text(x + barWidth / 2, axis.bottom() - height - 4, value(value), Anchor.MIDDLE,
                            SMALL_FONT, Ink.TEXT);
                }
            }
            categoryLabel(canvas, axis, axis.x0() + (c + 0.5) * groupWidth, data.categories().get(c), groupWidth);
        }
    }

    /** One line per series over an ordered axis, each point marked and labelled with its value. */
    private void lines(ChartCanvas canvas) {
        Axis axis = axis(canvas);
        double step = axis.plotWidth() / data.categories().size();
        for (int s = 0; s < data.series().size(); s++) {
            List<Double> values = data.series().get(s).values();
            double[] xs = new double[values.size()];
            double[] ys = new double[values.size()];
            for (int i = 0; i < values.size(); i++) {
                xs[i] = axis.x0() + (i + 0.5) * step;
                ys[i] = axis.bottom() - axis.height(values.get(i));
            }
            canvas.polyline(xs, ys, s);
            for (int i = 0; i < values.size(); i++) {
                canvas.dot(xs[i], ys[i], 3.5, s);
                canvas.text(xs[i], ys[i] - 7 - s * 13, value(values.get(i)), Anchor.MIDDLE, SMALL_FONT, Ink.TEXT);
            }
        }
        for (int i = 0; i < data.categories().size(); i++) {
            categoryLabel(canvas, axis, axis.x0() + (i + 0.5) * step, data.categories().get(i), step);
        }
    }

    /** The value axis: rounded ticks from zero to a round maximum, with grid lines. */
    private Axis axis(ChartCanvas canvas) {
        int top = top();
        double step = niceStep(Math.max(data.max(), 1) / TICKS);
        double max = step * Math.ceil(Math.max(data.max(), 1) / step);
        double x0 = 8 + value(max).length() * CHAR_WIDTH;
        Axis axis = new Axis(x0, top + 12, top + 12 + PLOT_HEIGHT, WIDTH - x0 - 4, max);
        for (double tick = 0; tick <= max + step / 2; tick += step) {
            double y = axis.bottom() - axis.height(tick);
            canvas.rule(x0, y, WIDTH - 4, y);
            canvas.text(x0 - 5, y + 4, value(tick), Anchor.END, SMALL_FONT, Ink.SECONDARY_TEXT);
        }
        return axis;
    }

    private void categoryLabel(ChartCanvas canvas, Axis axis, double x, String label, double room) {
        canvas.text(x, axis.bottom() + 18, shorten(label, Math.max(3, (int) (room / (SMALL_FONT * 0.6)))),
                Anchor.MIDDLE, SMALL_FONT, Ink.TEXT);
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

    private String value(double value) {
        return ChartNumbers.format(value, data.unit());
    }

    static String shorten(String label, int maxChars) {
        return label.length() <= maxChars ? label : label.substring(0, Math.max(1, maxChars - 1)).strip() + "…";
    }

    private record Axis(double x0, double top, double bottom, double plotWidth, double max) {

        double height(double value) {
            return max == 0 ? 0 : value / max * (bottom - top);
        }
    }
}
