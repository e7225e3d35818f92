package fr.centressociaux.portail.shared.chart;

/**
 * What {@link ChartLayout} draws on: the few marks a chart is made of, in the layout's coordinates
 * (460 units wide, y downwards). One implementation writes SVG text for pages (in {@link SvgChart}),
 * the other paints on Java2D for documents (in {@link ChartPicture}); the layout is written once.
 */
interface ChartCanvas {

    /** The colours of what is not a series. */
    enum Ink {
        TEXT,
        SECONDARY_TEXT,
        GRID
    }

    /** Where a text stands relative to its x. */
    enum Anchor {
        START,
        MIDDLE,
        END
    }

    /** The picture's size, its accessible name and its description (every value, in French). */
    void begin(double width, double height, String title, String description);

    /** A mark of the data (a bar or column) in the colour of its series. */
    void bar(double x, double y, double width, double height, int series);

    /** The legend's square for a series. */
    void swatch(double x, double y, double size, int series);

    /** A series drawn as a line through its points. */
    void polyline(double[] xs, double[] ys, int series);

    /** A point of a line. */
    void dot(double x, double y, double radius, int series);

    /** An axis or grid line. */
    void rule(double x1, double y1, double x2, double y2);

    void text(double x, double y, String content, Anchor anchor, int size, Ink ink);
}
