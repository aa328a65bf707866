package org.diplomap.bench;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.diplomap.graph.Layout;
import org.diplomap.graph.MatrixOrder;
import org.diplomap.graph.StableLayout;
import org.diplomap.model.LayoutKind;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.SnapshotRenderer;
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
 * The window's picture of the generated world (200 states, 100,000 ties) at 1280x720 in the matrix layout against
 * the network layout, in the same run: {@code compose} ({@code Composition.of}, fitted view), {@code draw}
 * ({@code SnapshotRenderer.renderForScreen}, output scale 1) on 2000-01-01 (19,302 ties), and {@code scrub}, a frame
 * as the window's worker makes it while the slider moves: the network at the next of 120 dates a month apart from
 * 1990-01-01 (about 16,000-19,500 ties), its composition and its picture. The scene is the one the window draws: no
 * title, date, legend or source in the picture.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class MatrixBenchmark {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;
    private static final LocalDate DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate SCRUB_FROM = LocalDate.of(1990, 1, 1);
    private static final int SCRUB_STEPS = 120;

    @Param({"network", "matrix"})
    public String layout;

    private TimelineIndex index;
    private Layout placed;
    private LayoutKind kind;
    private NetworkScene scene;
    private Composition composition;
    private int step;
    private final SnapshotRenderer renderer = new SnapshotRenderer();

    @Setup(Level.Trial)
    public void setUp() {
        index = TimelineIndex.of(World.dataset());
        kind = LayoutKind.fromCode(layout).orElseThrow();
        long start = System.nanoTime();
        placed = kind == LayoutKind.MATRIX ? MatrixOrder.compute(index.states(), index.ties())
                : StableLayout.compute(index.states(), index.ties());
        double layoutSeconds = (System.nanoTime() - start) / 1e9;
        scene = sceneAt(DAY);
        composition = Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
        int names = composition.matrix().map(m -> m.rowNames().size() + m.columnNames().size())
                .orElse(composition.names().size());
        System.out.printf("%n%s layout computed once in %.1f s; on %s: %d states, %d ties, %d names placed%n",
                layout, layoutSeconds, DAY, scene.snapshot().states().size(), scene.snapshot().ties().size(), names);
    }

    private NetworkScene sceneAt(LocalDate day) {
        NetworkScene atDay = new NetworkScene(index.snapshotAt(day), index.states(), placed, null, null,
                ExportOptions.NETWORK_ONLY);
        return kind == LayoutKind.MATRIX ? atDay.asMatrix() : atDay;
    }

    @Benchmark
    public Composition compose() {
        return Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
    }

    @Benchmark
    public BufferedImage draw() {
        return renderer.renderForScreen(composition, 1);
    }

    @Benchmark
    public BufferedImage scrub() {
        step = (step + 1) % SCRUB_STEPS;
        NetworkScene frame = sceneAt(SCRUB_FROM.plusMonths(step));
        return renderer.renderForScreen(Composition.of(frame, WIDTH, HEIGHT, Camera.FIT), 1);
    }
}
