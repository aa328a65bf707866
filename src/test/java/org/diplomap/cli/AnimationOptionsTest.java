package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.diplomap.graph.TieStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An animation's frames are drawn with the options of a still export: the layout, the types shown, the focus. */
class AnimationOptionsTest {

    private static final String DAY = "2025-07-03";

    @TempDir
    Path dir;

    /** The one frame of an animation of {@code DAY}, drawn without legend so that colours come from ties only. */
    private BufferedImage frame(String name, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--from", DAY, "--to", DAY, "--no-legend",
                "--width", "480", "--height", "300", "--out", dir.resolve(name + ".png").toString()));
        args.addAll(List.of(options));
        CommandRun run = CommandRun.of(dir.resolve("db"), args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return ImageIO.read(dir.resolve(name + "-0001.png").toFile());
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aFilterLeavesTheHiddenTypesOutOfEveryFrame() throws Exception {
        BufferedImage all = frame("all");
        BufferedImage recognitions = frame("recognitions", "--filter", "recognition");

        assertThat(ExportCommandTest.pixelsOf(all, TieStyle.AMBASSADOR.rgb())).isGreaterThan(10);
        assertThat(ExportCommandTest.pixelsOf(recognitions, TieStyle.AMBASSADOR.rgb())).isZero();
        assertThat(ExportCommandTest.pixelsOf(recognitions, TieStyle.RECOGNITION.rgb())).isGreaterThan(10);
    }

    @Test
    void theLayoutAndTheFocusChangeTheFrames() throws Exception {
        BufferedImage network = frame("network");

        assertThat(samePixels(network, frame("map", "--layout", "geographic"))).isFalse();
        assertThat(samePixels(network, frame("focus", "--focus", "RUS"))).isFalse();
        assertThat(samePixels(network, frame("again"))).isTrue();
    }
}
