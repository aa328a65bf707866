package org.diplomap.bench;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.diplomap.graph.Layout;
import org.diplomap.graph.StableLayout;
import org.diplomap.model.Dataset;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.store.BundledCase;
import org.diplomap.timeline.TimelineIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The window's picture of the network at 1280x720, in its two steps, for a small case and for the generated world:
 * {@code compose} lays the scene out for the picture and places the names ({@code Composition.of}, fitted view),
 * {@code draw} draws that composition with Java2D ({@code SnapshotRenderer.renderForScreen}, output scale 1). The
 * scene is the one the window draws: no title, date, legend or source in the picture.
 *
 * <p>{@code twoChinas}: the bundled two Chinas case on 1971-10-25, network layout. {@code world}: the generated
 * world (200 states, 100,000 ties) on 2000-01-01, 19,302 ties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class PictureBenchmark {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;

    @Param({"twoChinas", "world"})
    public String dataset;

    private NetworkScene scene;
    private Composition composition;
    private final SnapshotRenderer renderer = new SnapshotRenderer();

    @Setup(Level.Trial)
    public void setUp() {
        Dataset data;
        LocalDate day;
        if (dataset.equals("twoChinas")) {
            data = BundledCase.TWO_CHINAS.read();
            day = LocalDate.of(1971, 10, 25);
        } else {
            data = World.dataset();
            day = LocalDate.of(2000, 1, 1);
        }
        TimelineIndex index = TimelineIndex.of(data);
        Layout layout = StableLayout.compute(index.states(), index.ties());
        scene = new NetworkScene(index.snapshotAt(day), index.states(), layout, null, null,
                ExportOptions.NETWORK_ONLY);
        composition = Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
        System.out.printf("%n%s on %s: %d states, %d ties, %d names placed%n", dataset, day,
                scene.snapshot().states().size(), scene.snapshot().ties().size(), composition.names().size());
    }

    @Benchmark
    public Composition compose() {
        return Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
    }

    @Benchmark
    public BufferedImage draw() {
        return renderer.renderForScreen(composition, 1);
    }
}
