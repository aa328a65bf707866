package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportOptionsTest {

    private final SnapshotRenderer renderer = new SnapshotRenderer();

    @Test
    void aHiddenTypeIsDrawnNowhereNotEvenInTheLegend() {
        NetworkScene scene = Scenes.afghanistan()
                .withOptions(ExportOptions.DEFAULT.withHiddenTypes(Set.of(TieType.AMBASSADOR)));
        BufferedImage image = renderer.render(scene, 1200, 800);
        assertThat(Pixels.count(image, TieStyle.AMBASSADOR.rgb())).isZero();
        assertThat(Pixels.count(image, TieStyle.RECOGNITION.rgb())).isGreaterThan(30);
        assertThat(Pixels.count(image, TieStyle.ENGAGEMENT.rgb())).isGreaterThan(30);
    }

    @Test
    void withoutTheLegendATypeWithNoTieLeavesNoColour() {
        NetworkScene scene = Scenes.scene(Scenes.STATES,
                java.util.List.of(Scenes.tie("RUS", "AFG", TieType.RECOGNITION)), "Title", "Source");
        int withLegend = Pixels.count(renderer.render(scene, 1200, 800), TieStyle.ENGAGEMENT.rgb());
        ExportOptions noLegend = new ExportOptions(true, true, false, true, Set.of(), null);
        int without = Pixels.count(renderer.render(scene.withOptions(noLegend), 1200, 800), TieStyle.ENGAGEMENT.rgb());
        assertThat(withLegend).isGreaterThan(10);
        assertThat(without).isZero();
    }

    @Test
    void leavingOutTheCaptionAndSourceLeavesLessText() {
        NetworkScene scene = Scenes.afghanistan();
        BufferedImage full = renderer.render(scene, 1200, 800);
        BufferedImage bare = renderer.render(scene.withOptions(new ExportOptions(false, false, true, false,
                Set.of(), null)), 1200, 800);
        int activeRgb = Integer.parseInt(TieStyle.ACTIVE_STATE_COLOUR.substring(1), 16);
        assertThat(Pixels.count(bare, activeRgb)).isLessThan(Pixels.count(full, activeRgb));
    }

    @Test
    void aFocusFadesTheTiesThatDoNotTouchItsNeighbourhood() {
        // Norway's only tie goes to Afghanistan; with Norway in focus, the ties of China, Iran, Pakistan
        // and Russia are faded, so less of each type's full colour is left.
        NetworkScene scene = Scenes.afghanistan();
        BufferedImage plain = renderer.render(scene, 1200, 800);
        BufferedImage focused = renderer.render(scene.withOptions(ExportOptions.DEFAULT.withFocus("NOR")), 1200, 800);
        assertThat(Pixels.count(focused, TieStyle.RECOGNITION.rgb()))
                .isLessThan(Pixels.count(plain, TieStyle.RECOGNITION.rgb()) / 2);
        assertThat(Pixels.count(focused, TieStyle.ENGAGEMENT.rgb())).isGreaterThan(30);
    }

    @Test
    void scaleTwoDoublesThePixelsAndEverythingDrawn(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("x2.png");
        renderer.writePng(Scenes.afghanistan(), 800, 500, 2, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        int once = Pixels.count(renderer.render(Scenes.afghanistan(), 800, 500), TieStyle.RECOGNITION.rgb());
        int twice = Pixels.count(image, TieStyle.RECOGNITION.rgb());
        // Twice as large each way: about four times the pixels of each colour, more as fewer are edges.
        assertThat(twice).isGreaterThan(3 * once);
    }
}
