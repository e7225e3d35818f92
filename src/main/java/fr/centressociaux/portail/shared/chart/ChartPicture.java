package fr.centressociaux.portail.shared.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Paints a chart on Java2D for documents, laid out exactly as its SVG ({@link ChartLayout}) in the
 * plain print colours: on a {@link BufferedImage} for a PNG (Word), or on any {@link Graphics2D} a
 * caller provides (OpenPDF's, for a vector PDF). Sizes are in the layout's units, 460 wide.
 */
public final class ChartPicture {

    /**
     * Liberation Sans where installed: its widths are Helvetica's, the font a PDF draws the text in,
     * so the PDF need not stretch the letters apart to keep each label as wide as Java2D measured it.
     */
    private static final String FAMILY = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(Locale.ROOT)).contains("Liberation Sans") ? "Liberation Sans" : Font.SANS_SERIF;

    private ChartPicture() {
    }

    /** The chart's width in layout units. */
    public static int width() {
        return ChartLayout.WIDTH;
    }

    /** The chart's height in layout units (bars grow with their categories). */
    public static int height(ChartKind kind, ChartData data) {
        return new ChartLayout(kind, data).height();
    }

    /** What the picture shows, in words: its title, then its description with every value. */
    public static String textAlternative(ChartData data) {
        return data.title() + ". " + ChartLayout.description(data);
    }

    /** Paints the chart with its top left corner at the origin, in layout units (scale the graphics first). */
    public static void paint(Graphics2D graphics, ChartKind kind, ChartData data) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        new ChartLayout(kind, data).draw(new Painter(graphics));
    }

    /** The chart as a PNG on a white background, {@code scale} pixels per layout unit (2 reads well in print). */
    public static byte[] png(ChartKind kind, ChartData data, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(width() * scale),
                (int) Math.ceil(height(kind, data) * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(scale, scale);
            paint(graphics, kind, data);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The canvas that paints each mark with Java2D. */
    private static final class Painter implements ChartCanvas {

        private final Graphics2D graphics;

        Painter(Graphics2D graphics) {
            this.graphics = graphics;
        }

        @Override
        public void begin(double width, double height, String title, String description) {
            // A painted picture carries its text alternative in the document around it.
        }

        @Override
        public void bar(double x, double y, double width, double height, int series) {
            graphics.setColor(Color.decode(ChartColours.printedSeries(series)));
            graphics.fill(new RoundRectangle2D.Double(x, y, Math.max(width, 0), Math.max(height, 0), 4, 4));
        }

        @Override
        public void swatch(double x, double y, double size, int series) {
            bar(x, y, size, size, series);
        }

        @Override
        public void polyline(double[] xs, double[] ys, int series) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < xs.length; i++) {
                if (i == 0) {
                    path.moveTo(xs[i], ys[i]);
                } else {
                    path.lineTo(xs[i], ys[i]);
                }
            }
            graphics.setColor(Color.decode(ChartColours.printedSeries(series)));
            graphics.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            graphics.draw(path);
        }

        @Override
        public void dot(double x, double y, double radius, int series) {
            graphics.setColor(Color.decode(ChartColours.printedSeries(series)));
            graphics.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        }

        @Override
        public void rule(double x1, double y1, double x2, double y2) {
            graphics.setColor(Color.decode(ChartColours.printed(Ink.GRID)));
            graphics.setStroke(new BasicStroke(1f));
            graphics.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(double x, double y, String content, Anchor anchor, int size, Ink ink) {
            // French numbers group digits with a narrow no-break space, which PDF's standard fonts lack:
            // the plain no-break space reads the same.
            String shown = content.replace('\u202f', '\u00a0');
            graphics.setFont(new Font(FAMILY, Font.PLAIN, size));
            graphics.setColor(Color.decode(ChartColours.printed(ink)));
            double width = graphics.getFontMetrics().stringWidth(shown);
            double left = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
            graphics.drawString(shown, (float) left, (float) y);
        }
    }
}
