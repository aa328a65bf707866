package org.diplomap.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.diplomap.graph.Layout;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.ScreenPicture;
import org.diplomap.render.Viewport;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network view of a dataset of more ties than the graph holds as edges: the picture drawn for the date and
 * the camera shown shows the ties in their types' colours, and follows zoom and pan.
 */
@ExtendWith(ApplicationExtension.class)
class DenseNetworkViewTest {

    private static final LocalDate DAY = LocalDate.of(2000, 1, 1);
    /** Active on DAY: two long ties far from every state but their own, of two types. */
    private static final Tie RECOGNITION = tie("WWW", "EEE", TieType.RECOGNITION, "1990", null);
    private static final Tie AMBASSADOR = tie("NNN", "SSS", TieType.AMBASSADOR, "1990", null);

    private final FxTaskRunner tasks = new FxTaskRunner();
    private NetworkViewModel model;
    private NetworkView view;

    private static Tie tie(String from, String to, TieType type, String start, String end) {
        return new Tie(from, to, type, PartialDate.parse(start), end == null ? null : PartialDate.parse(end), null,
                null, Confidence.HIGH);
    }

    /**
     * Four states on a cross, two ties across it, and enough one-day ties in the nineteenth century between two
     * other states to make the dataset dense; none of those is active on DAY.
     */
    static TimelineIndex sparseOnTheDayButDense() {
        List<State> states = List.of(new State("WWW", "West"), new State("EEE", "East"), new State("NNN", "North"),
                new State("SSS", "South"), new State("AAA", "Alpha"), new State("BBB", "Beta"));
        List<Tie> ties = new ArrayList<>(List.of(RECOGNITION, AMBASSADOR));
        LocalDate day = LocalDate.of(1820, 1, 1);
        for (int i = 0; i < NetworkGraph.DENSE_TIES; i++) {
            ties.add(new Tie("AAA", "BBB", TieType.ENGAGEMENT, PartialDate.ofDay(day.plusDays(i)),
                    PartialDate.ofDay(day.plusDays(i + 1)), null, null, Confidence.HIGH));
        }
        return TimelineIndex.of(new Dataset("Dense", states, ties, List.of()));
    }

    @Start
    void start(Stage stage) {
        model = new NetworkViewModel(tasks, e -> {
            throw new AssertionError(e);
        });
        view = new NetworkView(model);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private ScreenPicture pictureFor(FxRobot robot, LocalDate day) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            ScreenPicture shown = view.picture();
            return shown != null && shown.composition().scene().snapshot().date().equals(day)
                    && shown.camera().equals(model.cameraProperty().get());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.picture();
    }

    private static Viewport viewportOf(ScreenPicture picture) {
        return picture.composition().viewport();
    }

    private WritableImage painted(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#network-graph").query().snapshot(null, null));
        return image[0];
    }

    /** A tie's colour as drawn: a few ties are drawn in their full colour. */
    private static int shownOverWhite(TieStyle style) {
        return style.rgb();
    }

    private static boolean near(int argb, int rgb) {
        return Math.abs(((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= 14
                && Math.abs(((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 14
                && Math.abs((argb & 0xFF) - (rgb & 0xFF)) <= 14;
    }

    /**
     * Along the tie's line as the viewport places it (from a fifth to four fifths of the way, where states and
     * their names do not cover it), the share of points where the view shows the colour, within a pixel.
     */
    private double drawnAt(WritableImage image, Viewport viewport, Tie tie, TieStyle style) {
        Layout layout = model.networkProperty().get().networkLayout();
        Layout.Point from = layout.positionOf(tie.from()).orElseThrow();
        Layout.Point to = layout.positionOf(tie.to()).orElseThrow();
        int inside = 0;
        int coloured = 0;
        for (int step = 4; step <= 16; step++) {
            double t = step / 20.0;
            int x = (int) Math.round(viewport.pixelX(from.x() + (to.x() - from.x()) * t));
            int y = (int) Math.round(viewport.pixelY(from.y() + (to.y() - from.y()) * t));
            if (x < 1 || y < 1 || x >= image.getWidth() - 1 || y >= image.getHeight() - 1) {
                continue;
            }
            inside++;
            search:
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (near(image.getPixelReader().getArgb(x + dx, y + dy), shownOverWhite(style))) {
                        coloured++;
                        break search;
                    }
                }
            }
        }
        assertThat(inside).as("points of the line in the view").isGreaterThanOrEqualTo(5);
        return (double) coloured / inside;
    }

    @Test
    void theTiesActiveAtTheDateAreDrawnBehindTheStatesInTheirTypeColours(FxRobot robot) throws Exception {
        robot.interact(() -> model.load(sparseOnTheDayButDense(), DAY));

        ScreenPicture picture = pictureFor(robot, DAY);

        assertThat(view.networkGraph().isDense()).isTrue();
        assertThat(view.networkGraph().graph().getEdgeCount()).isZero();
        WritableImage image = painted(robot);
        assertThat(drawnAt(image, viewportOf(picture), RECOGNITION, TieStyle.RECOGNITION)).isGreaterThan(0.6);
        // Dashed: the gaps leave some points of the line white.
        assertThat(drawnAt(image, viewportOf(picture), AMBASSADOR, TieStyle.AMBASSADOR)).isGreaterThan(0.4);
        // Types are told apart: the recognition's line is not in the ambassador's colour.
        assertThat(drawnAt(image, viewportOf(picture), RECOGNITION, TieStyle.AMBASSADOR)).isLessThan(0.2);
    }

    @Test
    void hidingATypeAndMovingTheDateRedrawTheTies(FxRobot robot) throws Exception {
        robot.interact(() -> model.load(sparseOnTheDayButDense(), DAY));
        pictureFor(robot, DAY);

        ScreenPicture allTypes = view.picture();
        robot.interact(() -> model.setTypeShown(TieType.AMBASSADOR, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.picture() != allTypes);
        ScreenPicture withoutAmbassadors = pictureFor(robot, DAY);
        WritableImage image = painted(robot);
        assertThat(drawnAt(image, viewportOf(withoutAmbassadors), AMBASSADOR, TieStyle.AMBASSADOR)).isLessThan(0.2);
        assertThat(drawnAt(image, viewportOf(withoutAmbassadors), RECOGNITION, TieStyle.RECOGNITION))
                .isGreaterThan(0.6);

        LocalDate before = LocalDate.of(1985, 1, 1);
        robot.interact(() -> model.showDate(before));
        ScreenPicture earlier = pictureFor(robot, before);
        image = painted(robot);
        assertThat(drawnAt(image, viewportOf(earlier), RECOGNITION, TieStyle.RECOGNITION)).isLessThan(0.2);
    }

    @Test
    void theTiesFollowZoomAndPan(FxRobot robot) throws Exception {
        robot.interact(() -> model.load(sparseOnTheDayButDense(), DAY));
        ScreenPicture fitted = pictureFor(robot, DAY);

        robot.interact(() -> {
            view.zoomIn();
            view.zoomIn();
            // And pan by some 40 by 70 pixels.
            double layoutPerPixel = 1 / Math.abs(viewportOf(fitted).scaleX());
            var centre = view.viewCentre();
            view.setView(view.zoomLevel(), centre.x() + 40 * layoutPerPixel, centre.y() + 70 * layoutPerPixel);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.picture() != null
                && !viewportOf(view.picture()).equals(viewportOf(fitted)));
        ScreenPicture zoomed = pictureFor(robot, DAY);

        assertThat(Math.abs(viewportOf(zoomed).scaleX())).isGreaterThan(Math.abs(viewportOf(fitted).scaleX()) * 1.2);
        WritableImage image = painted(robot);
        assertThat(drawnAt(image, viewportOf(zoomed), RECOGNITION, TieStyle.RECOGNITION)).isGreaterThan(0.6);
        // Where the line was before the zoom, there is none now.
        assertThat(drawnAt(image, viewportOf(fitted), RECOGNITION, TieStyle.RECOGNITION)).isLessThan(0.2);
    }

    @Test
    void aNetworkOfFewerTiesKeepsItsTiesAsEdgesOfTheGraph(FxRobot robot) throws Exception {
        TimelineIndex bundled = TimelineIndex.of(Workspace.bundledDataset());
        LocalDate day = LocalDate.of(2025, 7, 3);
        robot.interact(() -> model.load(bundled, day));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.snapshotProperty().get() != null
                && model.snapshotProperty().get().date().equals(day));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.networkGraph().isDense()).isFalse();
        assertThat(view.networkGraph().graph().getEdgeCount()).isEqualTo(bundled.snapshotAt(day).ties().size());
    }
}
