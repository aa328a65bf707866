package org.diplomap.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.scene.layout.Region;
import org.diplomap.graph.Layout;
import org.diplomap.model.Snapshot;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.ScreenPicture;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.network.NetworkView;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.task.TaskRunner;

/**
 * How long the network view of the generated world takes to show another date, end to end, at 1280x720 in
 * software rendering (headless, Monocle): the network view and its model as in the window, with the work of the
 * worker (snapshot, diff, composition with its names placed, the picture drawn with Java2D) done in line so that it
 * is timed too; then, on the FX thread, the frame handed to the view (the graph model changed, the picture wrapped
 * in an image) and the pane rasterised (Node.snapshot). Prints the median and the 90th percentile of each kind of
 * step, and the part of it that the window's worker does off the FX thread.
 *
 * <p>java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.diplomap.bench.RedrawHarness
 */
public final class RedrawHarness {

    private static final int ROUNDS = 60;
    private static final int WARM_UP = 10;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;

    /**
     * Does the work at once on the calling thread, the FX thread here, so that every step is in the time; and
     * counts the time of the work, which the window's worker does away from the FX thread.
     */
    private static final class InLine implements TaskRunner {
        long workNanos;

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            long start = System.nanoTime();
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            } finally {
                workNanos += System.nanoTime() - start;
            }
            onSuccess.accept(result);
        }
    }

    public static void main(String[] args) throws Exception {
        TimelineIndex index = TimelineIndex.of(World.dataset());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(index);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    /** Of the worker's share, the composition (layout of the picture, names placed) and its drawing, alone. */
    private static void measurePictures(TimelineIndex index, Layout layout) {
        for (LocalDate day : new LocalDate[] {RedrawBenchmark.MONTH_FROM, RedrawBenchmark.CENTURY_FROM}) {
            Snapshot snapshot = index.snapshotAt(day);
            // As the window draws it: no title, date, legend or source in the picture.
            NetworkScene scene = new NetworkScene(snapshot, index.states(), layout, null, null,
                    ExportOptions.NETWORK_ONLY);
            double[] composeMillis = new double[ROUNDS];
            double[] drawMillis = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                Composition composition = Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
                long composed = System.nanoTime();
                ScreenPicture.draw(composition, Camera.FIT, 1);
                composeMillis[i] = (composed - start) / 1e6;
                drawMillis[i] = (System.nanoTime() - composed) / 1e6;
            }
            System.out.printf("%d ties of %s at %dx%d: composition median %.1f ms (p90 %.1f), "
                            + "picture median %.1f ms (p90 %.1f)%n", snapshot.ties().size(), day, WIDTH, HEIGHT,
                    percentile(composeMillis, 0.5), percentile(composeMillis, 0.9), percentile(drawMillis, 0.5),
                    percentile(drawMillis, 0.9));
        }
    }

    private static void run(TimelineIndex index) {
        InLine tasks = new InLine();
        NetworkViewModel model = new NetworkViewModel(tasks, e -> {
            throw new IllegalStateException(e);
        });
        NetworkView view = new NetworkView(model);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
        model.load(index, RedrawBenchmark.MONTH_FROM);
        Region panel = (Region) view.lookup("#network-graph");
        // The layout pass tells the model the pane's size; the picture for it is drawn (in line) at once.
        for (int i = 0; i < 3; i++) {
            view.applyCss();
            view.layout();
        }
        if (view.picture() == null) {
            throw new IllegalStateException("no picture after the layout pass");
        }
        System.out.printf("view %.0fx%.0f, picture %dx%d%n", panel.getWidth(), panel.getHeight(),
                view.picture().pixelWidth(), view.picture().pixelHeight());
        measurePictures(index, model.networkProperty().get().networkLayout());

        measure("month step (2000-01 <-> 2000-02)", tasks, model, view, panel, index, RedrawBenchmark.MONTH_FROM,
                RedrawBenchmark.MONTH_TO);
        measure("century jump (1910 <-> 2010)", tasks, model, view, panel, index, RedrawBenchmark.CENTURY_FROM,
                RedrawBenchmark.CENTURY_TO);
        stage.close();
    }

    private static void measure(String name, InLine tasks, NetworkViewModel model, NetworkView view,
                                Region panel, TimelineIndex index, LocalDate from, LocalDate to) {
        model.showDate(from);
        double[] totalMillis = new double[ROUNDS];
        double[] fxMillis = new double[ROUNDS];
        double[] workMillis = new double[ROUNDS];
        long frames = view.framesShown();
        for (int i = 0; i < ROUNDS; i++) {
            LocalDate day = (i & 1) == 0 ? to : from;
            long start = System.nanoTime();
            long workBefore = tasks.workNanos;
            // In the window the worker answers this; here it is answered in line, and timed.
            model.showDate(day);
            long work = tasks.workNanos - workBefore;
            panel.snapshot(null, null);
            long end = System.nanoTime();
            if (!view.picture().composition().scene().snapshot().date().equals(day) || !model.snapshotProperty().get().date().equals(day)) {
                throw new IllegalStateException("the view does not show " + day);
            }
            totalMillis[i] = (end - start) / 1e6;
            fxMillis[i] = (end - start - work) / 1e6;
            workMillis[i] = work / 1e6;
        }
        if (view.framesShown() - frames != ROUNDS) {
            throw new IllegalStateException("expected a frame per step");
        }
        System.out.printf("%s: %d and %d ties, %d ties change%n"
                        + "  worker (seek, diff, composition, picture): median %.1f ms, 90th percentile %.1f ms%n"
                        + "  FX thread (frame, graph model, image, rasterise): median %.1f ms, 90th percentile %.1f ms%n"
                        + "  end to end: median %.1f ms, 90th percentile %.1f ms%n", name,
                index.snapshotAt(from).ties().size(), index.snapshotAt(to).ties().size(),
                index.diff(from, to).tiesAdded().size() + index.diff(from, to).tiesRemoved().size(),
                percentile(workMillis, 0.5), percentile(workMillis, 0.9), percentile(fxMillis, 0.5),
                percentile(fxMillis, 0.9), percentile(totalMillis, 0.5), percentile(totalMillis, 0.9));
    }

    private static double percentile(double[] values, double p) {
        // The first rounds warm the code up; keep the later ones.
        double[] kept = Arrays.copyOfRange(values, WARM_UP, values.length);
        Arrays.sort(kept);
        return kept[(int) Math.min(kept.length - 1, Math.round(p * (kept.length - 1)))];
    }
}
