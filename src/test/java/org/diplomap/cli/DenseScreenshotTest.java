package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.diplomap.Main;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.io.DatasetWriter;
import org.diplomap.io.SyntheticWorld;
import org.diplomap.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless screenshot of a dense network (its ties drawn as one picture after the states) shows the ties:
 * it waits for the picture, not only for the first frame. Run in a program of its own, as a user runs it.
 */
class DenseScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void theScreenshotOfADenseNetworkShowsItsTies() throws Exception {
        Dataset dense = SyntheticWorld.generate(new SyntheticWorld.Options(60, NetworkGraph.DENSE_TIES + 1_000,
                1950, 2020, 7));
        Path file = dir.resolve("dense.json");
        new DatasetWriter().write(dense, file);
        Path database = dir.resolve("db");
        assertThat(CommandRun.of(database, "import", "--replace", file.toString()).status()).isZero();
        Path shot = dir.resolve("dense.png");

        Process program = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", database.toString(), "--date", "2019-06-01", "--headless", "--screenshot", shot.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(program.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(program.exitValue()).isZero();

        BufferedImage image = ImageIO.read(shot.toFile());
        // The graph's area, left of the side panel, between the caption band and the timeline; ties are the
        // only coloured pixels there (states are grey, names dark, the background white).
        int coloured = 0;
        for (int y = 250; y < 560; y++) {
            for (int x = 20; x < 1050; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 25) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(2_000);
    }
}
