package fr.centressociaux.portail.shared.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java2D renderer paints the same layout as the SVG writer, in print colours, with the data as its text alternative. */
class ChartPictureTest {

    private static final ChartData HOURS = new ChartData("hours", "Heures de formation par famille",
            "Heures stagiaires :", "Famille", List.of("Direction", "Accueil", "Animation"),
            List.of(new ChartSeries("2023", List.of(120.0, 40.0, 0.0)), new ChartSeries("2024", List.of(1234.0, 80.5, 7.0))),
            "h");

    @Test
    void a_png_is_twice_the_layouts_size_on_white_with_each_series_in_its_print_colour() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartPicture.png(ChartKind.BARS, HOURS, 2)));

        assertThat(image.getWidth()).isEqualTo(2 * ChartPicture.width());
        assertThat(image.getHeight()).isEqualTo(2 * ChartPicture.height(ChartKind.BARS, HOURS));
        assertThat(image.getRGB(0, image.getHeight() - 1) & 0xffffff).as("white background").isEqualTo(0xffffff);
        assertThat(colours(image)).contains(0x1676f3, 0x0d8a53);
    }

    @Test
    void each_kind_is_painted_as_tall_as_its_svg_says() {
        for (ChartKind kind : ChartKind.values()) {
            String svg = SvgChart.svg(kind, HOURS, ChartColours.PRINT);

            assertThat(svg).contains("viewBox=\"0 0 " + ChartPicture.width() + " " + ChartPicture.height(kind, HOURS)
                    + "\"");
        }
    }

    @Test
    void the_text_alternative_is_the_title_then_every_value_of_every_series() {
        assertThat(ChartPicture.textAlternative(HOURS)).isEqualTo("Heures de formation par famille. Heures stagiaires : "
                + "2023 : Direction 120\u00a0h, Accueil 40\u00a0h, Animation 0\u00a0h ; "
                + "2024 : Direction 1\u202f234\u00a0h, Accueil 80,5\u00a0h, Animation 7\u00a0h.");
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }
}
