package fr.centressociaux.portail.shared.chart;

/**
 * Writes a chart as SVG text (DD019): a picture with {@code role="img"}, named by its title and
 * described by a sentence listing every value, so a screen reader gets the data the bars show.
 * Sizes are in the layout's coordinate system; the picture scales to the width it is given.
 */
public final class SvgChart {

    private SvgChart() {
    }

    public static String svg(ChartKind kind, ChartData data, ChartColours colours) {
        Writer canvas = new Writer(data.id(), colours);
        new ChartLayout(kind, data).draw(canvas);
        return canvas.svg.append("</svg>").toString();
    }

    /** Coordinates with one decimal at most, written with a dot whatever the default locale. */
    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The canvas that writes each mark as an SVG element. */
    private static final class Writer implements ChartCanvas {

        private final String id;
        private final ChartColours colours;
        private final StringBuilder svg = new StringBuilder();

        Writer(String id, ChartColours colours) {
            this.id = id;
            this.colours = colours;
        }

        @Override
        public void begin(double width, double height, String title, String description) {
            String titleId = id + "-title";
            String descId = id + "-desc";
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                    .append(fmt(width)).append(' ').append(fmt(height)).append("\" width=\"100%\" aria-labelledby=\"")
                    .append(titleId).append("\" aria-describedby=\"").append(descId).append("\" font-size=\"")
                    .append(ChartLayout.FONT).append("\" font-family=\"sans-serif\">");
            svg.append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>");
            svg.append("<desc id=\"").append(descId).append("\">").append(escape(description)).append("</desc>");
        }

        @Override
        public void bar(double x, double y, double width, double height, int series) {
            svg.append("<rect class=\"series-").append(series).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(fmt(y)).append("\" width=\"").append(fmt(Math.max(width, 0))).append("\" height=\"")
                    .append(fmt(Math.max(height, 0))).append("\" rx=\"2\" ").append(colours.seriesFill(series))
                    .append("/>");
        }

        @Override
        public void swatch(double x, double y, double size, int series) {
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                    .append(fmt(size)).append("\" height=\"").append(fmt(size)).append("\" rx=\"2\" ")
                    .append(colours.seriesFill(series)).append("/>");
        }

        @Override
        public void polyline(double[] xs, double[] ys, int series) {
            svg.append("<polyline class=\"series-").append(series).append("\" fill=\"none\" stroke-width=\"2.5\" points=\"");
            for (int i = 0; i < xs.length; i++) {
                svg.append(i == 0 ? "" : " ").append(fmt(xs[i])).append(',').append(fmt(ys[i]));
            }
            svg.append("\" ").append(colours.seriesStroke(series)).append("/>");
        }

        @Override
        public void dot(double x, double y, double radius, int series) {
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"")
                    .append(fmt(radius)).append("\" ").append(colours.seriesFill(series)).append("/>");
        }

        @Override
        public void rule(double x1, double y1, double x2, double y2) {
            svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"")
                    .append(fmt(x2)).append("\" y2=\"").append(fmt(y2)).append("\" stroke-width=\"1\" ")
                    .append(colours.grid()).append("/>");
        }

        @Override
        public void text(double x, double y, String content, Anchor anchor, int size, Ink ink) {
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"")
                    .append(anchor.name().toLowerCase(java.util.Locale.ROOT)).append('"');
            if (size != ChartLayout.FONT) {
                svg.append(" font-size=\"").append(size).append('"');
            }
            svg.append(' ').append(ink == Ink.SECONDARY_TEXT ? colours.secondaryText() : colours.text()).append('>')
                    .append(escape(content)).append("</text>");
        }
    }
}
