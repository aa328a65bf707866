package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomap.render.Scenes.tie;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.diplomap.graph.Layout;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SnapshotRendererTest {

    private static final int WHITE = 0xFFFFFF;

    private final SnapshotRenderer renderer = new SnapshotRenderer();

    @ParameterizedTest
    @CsvSource({"800, 600", "3840, 2160", "1200, 800", "300, 900"})
    void imageHasTheRequestedSize(int width, int height) {
        BufferedImage image = renderer.render(Scenes.afghanistan(), width, height);

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @ParameterizedTest
    @EnumSource(TieType.class)
    void eachActiveTieTypeIsDrawnInItsColourOutsideTheLegend(TieType type) {
        NetworkScene scene = Scenes.afghanistan();
        BufferedImage image = renderer.render(scene, 800, 600);
        Rectangle2D legend = Page.of(800, 600, scene).legend();

        assertThat(Pixels.count(image, TieStyle.of(type).rgb(), legend, true)).isGreaterThan(30);
    }

    @Test
    void threeTiesOnOnePairAllShow() {
        NetworkScene scene = Scenes.scene(List.of(
                tie("RUS", "AFG", TieType.AMBASSADOR),
                tie("RUS", "AFG", TieType.ENGAGEMENT),
                tie("RUS", "AFG", TieType.RECOGNITION)));
        BufferedImage image = renderer.render(scene, 800, 600);
        Rectangle2D legend = Page.of(800, 600, scene).legend();

        for (TieStyle style : TieStyle.values()) {
            assertThat(Pixels.count(image, style.rgb(), legend, true)).as(style.name()).isGreaterThan(30);
        }
    }

    @Test
    void typeWithoutActiveTieAppearsOnlyInTheLegend() {
        NetworkScene scene = Scenes.scene(List.of(
                tie("CHN", "AFG", TieType.AMBASSADOR),
                tie("RUS", "AFG", TieType.RECOGNITION)));
        BufferedImage image = renderer.render(scene, 800, 600);
        Rectangle2D legend = Page.of(800, 600, scene).legend();
        int engagement = TieStyle.ENGAGEMENT.rgb();

        assertThat(Pixels.count(image, engagement, legend, true)).isZero();
        assertThat(Pixels.count(image, engagement, legend, false)).isGreaterThan(10);
    }

    @Test
    void stateWithoutActiveTieIsDrawnInTheDormantColour() {
        NetworkScene scene = Scenes.afghanistan();
        BufferedImage image = renderer.render(scene, 800, 600);
        Page page = Page.of(800, 600, scene);

        assertThat(rgbAt(image, page, "SAU")).isEqualTo(rgb(TieStyle.DORMANT_STATE_COLOUR));
        assertThat(rgbAt(image, page, "AFG")).isEqualTo(rgb(TieStyle.ACTIVE_STATE_COLOUR));
        assertThat(rgbAt(image, page, "NOR")).isEqualTo(rgb(TieStyle.ACTIVE_STATE_COLOUR));
    }

    @Test
    void stateThatDoesNotExistAtTheDateIsNotDrawn() {
        List<State> withoutSaudiArabia = Scenes.STATES.stream().filter(s -> !s.code().equals("SAU")).toList();
        NetworkScene scene = Scenes.scene(withoutSaudiArabia, List.of(tie("RUS", "AFG", TieType.RECOGNITION)),
                null, null);
        BufferedImage image = renderer.render(scene, 800, 600);
        Point2D place = Page.of(800, 600, scene).toPicture(Scenes.LAYOUT.positionOf("SAU").orElseThrow());

        int radius = 10;
        for (int y = (int) place.getY() - radius; y <= place.getY() + radius; y++) {
            for (int x = (int) place.getX() - radius; x <= place.getX() + radius; x++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(WHITE);
            }
        }
    }

    @Test
    void tiesGetWiderWithThePicture() {
        NetworkScene scene = Scenes.scene(List.of(tie("RUS", "AFG", TieType.RECOGNITION)));
        int blue = TieStyle.RECOGNITION.rgb();

        int small = Pixels.count(renderer.render(scene, 1200, 800), blue);
        int large = Pixels.count(renderer.render(scene, 3840, 2160), blue);

        // Lines only getting longer would grow the count by the scale (2.7); wider lines grow it by its square.
        assertThat((double) large / small).isGreaterThan(5);
    }

    @Test
    void writePngWritesAReadableImageOfTheRequestedSize(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("exports").resolve("afghanistan.png");

        renderer.writePng(Scenes.afghanistan(), 640, 480, out);

        BufferedImage read = ImageIO.read(out.toFile());
        assertThat(read).isNotNull();
        assertThat(read.getWidth()).isEqualTo(640);
        assertThat(read.getHeight()).isEqualTo(480);
        assertThat(Pixels.count(read, TieStyle.RECOGNITION.rgb())).isGreaterThan(30);
    }

    @Test
    void singleStateIsDrawnInTheMiddleOfTheNetworkArea() {
        State afghanistan = new State("AFG", "Afghanistan");
        NetworkScene scene = new NetworkScene(new Snapshot(Scenes.DATE, List.of(afghanistan), List.of()),
                List.of(afghanistan), new Layout(Map.of("AFG", new Layout.Point(5, 5))), null, null);

        BufferedImage image = renderer.render(scene, 800, 600);

        Rectangle2D network = Page.of(800, 600, scene).network();
        int centre = image.getRGB((int) network.getCenterX(), (int) network.getCenterY()) & 0xFFFFFF;
        assertThat(centre).isEqualTo(rgb(TieStyle.DORMANT_STATE_COLOUR));
    }

    @Test
    void statesAllOnOnePointAndNoTiesRender() {
        List<State> states = List.of(new State("AAA", "Alpha"), new State("BBB", "Beta"));
        Layout onePoint = new Layout(Map.of("AAA", new Layout.Point(1, 1), "BBB", new Layout.Point(1, 1)));
        NetworkScene scene = new NetworkScene(new Snapshot(Scenes.DATE, states, List.of(tie("AAA", "BBB",
                TieType.RECOGNITION))), states, onePoint, "Title", "Source");

        BufferedImage image = renderer.render(scene, 400, 300);

        assertThat(Pixels.count(image, rgb(TieStyle.ACTIVE_STATE_COLOUR))).isGreaterThan(0);
    }

    @Test
    void emptyNetworkStillShowsTheCaptionAndLegend() {
        NetworkScene scene = new NetworkScene(new Snapshot(Scenes.DATE, List.of(), List.of()), List.of(),
                new Layout(Map.of()), null, null);

        BufferedImage image = renderer.render(scene, 400, 300);

        assertThat(Pixels.count(image, TieStyle.AMBASSADOR.rgb())).isGreaterThan(0);
        assertThat(Pixels.count(image, rgb(TieStyle.ACTIVE_STATE_COLOUR))).isGreaterThan(0);
    }

    @Test
    void drawingLeavesTheCallersGraphicsAsItWas() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        BasicStroke stroke = new BasicStroke(3);
        g.setColor(Color.MAGENTA);
        g.setStroke(stroke);

        renderer.draw(g, 300, 200, Scenes.afghanistan());

        assertThat(g.getColor()).isEqualTo(Color.MAGENTA);
        assertThat(g.getStroke()).isEqualTo(stroke);
        g.dispose();
    }

    @Test
    void refusesAnEmptyPicture() {
        assertThatThrownBy(() -> renderer.render(Scenes.afghanistan(), 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int rgbAt(BufferedImage image, Page page, String code) {
        Point2D p = page.toPicture(Scenes.LAYOUT.positionOf(code).orElseThrow());
        return image.getRGB((int) p.getX(), (int) p.getY()) & 0xFFFFFF;
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
