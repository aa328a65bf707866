package org.diplomap.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.diplomap.graph.Layout;
import org.diplomap.graph.StableLayout;
import org.diplomap.render.Animation;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 3840x2160 PNG of the generated world in 2000 (19,302 ties), drawn and encoded; and a 100-frame animated GIF
 * of the bundled dataset at 800x500, one frame a month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class ExportBenchmark {

    private NetworkScene scene;
    private TimelineIndex bundled;
    private Layout bundledLayout;
    private List<LocalDate> hundredMonths;
    private Path gif;

    @Setup(Level.Trial)
    public void setUp() {
        TimelineIndex index = TimelineIndex.of(World.dataset());
        Layout layout = StableLayout.compute(index.states(), index.ties());
        scene = new NetworkScene(index.snapshotAt(LocalDate.of(2000, 1, 1)), index.states(), layout, "World",
                "Synthetic");
        bundled = TimelineIndex.of(Workspace.bundledDataset());
        bundledLayout = StableLayout.compute(bundled.states(), bundled.ties());
        hundredMonths = Animation.frameDays(bundled, LocalDate.of(2017, 10, 1), LocalDate.of(2026, 1, 1),
                Animation.Step.MONTH);
        if (hundredMonths.size() != 100) {
            throw new IllegalStateException("expected 100 frames, got " + hundredMonths.size());
        }
        try {
            gif = Files.createTempFile("diplomap-bench", ".gif");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public long gif100Frames() throws IOException {
        Animation.writeGif(bundled, bundledLayout, bundled.title(), hundredMonths, 800, 500, 200, gif,
                Animation.Progress.NONE);
        return Files.size(gif);
    }

    @Benchmark
    public int png4k() throws IOException {
        BufferedImage image = new SnapshotRenderer().render(scene, 3840, 2160);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.size();
    }
}
