package org.diplomap.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.diplomap.graph.Layout;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.StableLayout;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.timeline.TimelineIndex;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.view.Viewer;

/**
 * How long the graph view takes to show another date: apply the diff to the graph, let GraphStream draw the
 * view, and rasterise it (Node.snapshot), all on the FX thread, headless (Monocle, software rendering).
 * Prints the median and the 90th percentile of each kind of step. {@code -Ddense=false} draws the ties with
 * their full styles (dashes, dots, arrowheads) instead of the light drawing the window uses for such a dataset.
 *
 * <p>java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.diplomap.bench.RedrawHarness
 */
public final class RedrawHarness {

    private static final int ROUNDS = 60;
    private static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        TimelineIndex index = TimelineIndex.of(World.dataset());
        long layoutStart = System.nanoTime();
        Layout layout = StableLayout.compute(index.states(), index.ties());
        System.out.printf("stable layout of %d states and %d ties: %.0f ms%n", index.states().size(),
                index.tieCount(), (System.nanoTime() - layoutStart) / 1e6);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(index, layout);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(TimelineIndex index, Layout layout) {
        NetworkGraph graph = new NetworkGraph();
        graph.reset(index.states(), layout, Boolean.parseBoolean(System.getProperty("dense", "true")));
        FxViewer viewer = new FxViewer(graph.graph(), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        FxDefaultView view = (FxDefaultView) viewer.addDefaultView(false);
        Pane pane = new Pane(view);
        view.setPrefSize(1280, 720);
        Stage stage = new Stage();
        stage.setScene(new Scene(pane, 1280, 720));
        stage.show();
        pane.applyCss();
        pane.layout();

        measure("month step (2000-01 <-> 2000-02)", graph, view, index, RedrawBenchmark.MONTH_FROM,
                RedrawBenchmark.MONTH_TO);
        measure("century jump (1910 <-> 2010)", graph, view, index, RedrawBenchmark.CENTURY_FROM,
                RedrawBenchmark.CENTURY_TO);
        viewer.close();
        stage.close();
    }

    private static void measure(String name, NetworkGraph graph, FxDefaultView view, TimelineIndex index,
                                LocalDate from, LocalDate to) {
        graph.show(index.snapshotAt(from));
        SnapshotDiff[] steps = {index.diff(from, to), index.diff(to, from)};
        double[] applyMillis = new double[ROUNDS];
        double[] totalMillis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            graph.apply(steps[i & 1]);
            long applied = System.nanoTime();
            view.display(null, true);
            view.snapshot(null, null);
            long end = System.nanoTime();
            applyMillis[i] = (applied - start) / 1e6;
            totalMillis[i] = (end - start) / 1e6;
        }
        System.out.printf("%s: %d and %d ties, %d ties change; graph change median %.2f ms; "
                        + "change + draw + rasterise median %.1f ms, 90th percentile %.1f ms%n", name,
                index.snapshotAt(from).ties().size(), index.snapshotAt(to).ties().size(),
                steps[0].tiesAdded().size() + steps[0].tiesRemoved().size(),
                percentile(applyMillis, 0.5), percentile(totalMillis, 0.5), percentile(totalMillis, 0.9));
    }

    private static double percentile(double[] values, double p) {
        // The first rounds warm the code up; keep the later ones.
        double[] kept = Arrays.copyOfRange(values, WARM_UP, values.length);
        Arrays.sort(kept);
        return kept[(int) Math.min(kept.length - 1, Math.round(p * (kept.length - 1)))];
    }
}
