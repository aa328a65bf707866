package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Confidence;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ties the sources are less sure of are drawn lighter (medium) or faded (low), and the legend says so. */
class ConfidenceDrawingTest {

    private final SnapshotRenderer renderer = new SnapshotRenderer();

    private static Tie recognition(String from, Confidence confidence) {
        return new Tie(from, "AFG", TieType.RECOGNITION, PartialDate.parse("2025-07-03"), null, null, null,
                confidence);
    }

    /** The tie colour as drawn over white at a confidence. */
    private static int drawn(Confidence confidence) {
        Color colour = new Color(TieStyle.RECOGNITION.rgb());
        double keep = SnapshotRenderer.confidenceOpacity(confidence);
        return new Color((int) Math.round(colour.getRed() * keep + 255 * (1 - keep)),
                (int) Math.round(colour.getGreen() * keep + 255 * (1 - keep)),
                (int) Math.round(colour.getBlue() * keep + 255 * (1 - keep))).getRGB() & 0xFFFFFF;
    }

    /**
     * The red of the strongest blue drawn outside the legend: the recognition colour has none, and the lighter it is
     * drawn the more red the background lends it. Only bluish pixels count, not the grey dots or black names.
     */
    private static int strongestBlueRed(NetworkScene scene) {
        BufferedImage image = new SnapshotRenderer().render(scene, 800, 600);
        Rectangle2D legend = Page.of(800, 600, scene).legend();
        int least = 255;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (!legend.contains(x + 0.5, y + 0.5) && b - r > 40 && b > g) {
                    least = Math.min(least, r);
                }
            }
        }
        return least;
    }

    @Test
    void eachConfidenceIsDrawnInItsOwnStrengthOfTheTypesColour() {
        for (Confidence confidence : Confidence.values()) {
            NetworkScene scene = Scenes.scene(List.of(recognition("RUS", confidence)));
            int expectedRed = (drawn(confidence) >> 16) & 0xFF;
            assertThat(strongestBlueRed(scene)).as(confidence.code()).isCloseTo(expectedRed,
                    org.assertj.core.data.Offset.offset(Pixels.TOLERANCE));
        }
        assertThat((drawn(Confidence.LOW) >> 16) & 0xFF).isGreaterThan(((drawn(Confidence.MEDIUM) >> 16) & 0xFF) + 40);
        assertThat((drawn(Confidence.MEDIUM) >> 16) & 0xFF).isGreaterThan(80);
    }

    @Test
    void aMinimumConfidenceLeavesTheLessSureTiesOutOfThePictureTheCountsAndTheLegend() {
        NetworkScene all = Scenes.scene(List.of(recognition("RUS", Confidence.HIGH),
                recognition("CHN", Confidence.MEDIUM), recognition("IRN", Confidence.LOW)));
        NetworkScene sure = all.withOptions(all.options().withLeastConfidence(Confidence.HIGH));

        assertThat(Composition.of(all, 800, 600, Camera.FIT).tieLooks()).hasSize(3);
        assertThat(Composition.of(sure, 800, 600, Camera.FIT).tieLooks()).hasSize(1);
        assertThat(sure.shownCounts()).containsEntry(TieType.RECOGNITION, 1);
        assertThat(all.shownCounts()).containsEntry(TieType.RECOGNITION, 3);
        // A row fewer: the legend no longer explains the fainter ties, none being drawn.
        assertThat(Page.of(800, 600, sure).legend().getHeight())
                .isLessThan(Page.of(800, 600, all).legend().getHeight());
        assertThat(sure.fainterConfidences()).isEmpty();
    }

    @Test
    void theLegendSaysHowTheLessSureTiesAreDrawn(@TempDir Path dir) throws Exception {
        NetworkScene scene = Scenes.scene(List.of(recognition("RUS", Confidence.LOW)));
        Path svg = dir.resolve("picture.svg");
        new VectorExports().writeSvg(scene, 800, 600, svg);
        String text = Files.readString(svg);

        assertThat(text).contains("Medium / low confidence");

        new VectorExports().writeSvg(scene.withOptions(scene.options().withLeastConfidence(Confidence.MEDIUM)),
                800, 600, svg);
        assertThat(Files.readString(svg)).contains("Medium confidence").doesNotContain("low confidence");
    }
}
