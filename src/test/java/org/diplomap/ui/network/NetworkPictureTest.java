package org.diplomap.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomap.io.SyntheticWorld;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.Tie;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.ScreenPicture;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.store.BundledCase;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.render.export.ExportRequest;
import org.diplomap.render.export.ExportSource;
import org.diplomap.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network as the window draws it: names that never collide, at the two Chinas' key dates and in both layouts,
 * that come back on zoom and on pointing; the area filled; the same picture as an export of the same size; and a
 * world of 20,000 active ties whose types can be told apart and whose ties can be pointed at.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkPictureTest {

    private static final LocalDate RESOLUTION_2758 = LocalDate.of(1971, 10, 25);
    private static final LocalDate NAURU_BREAK = LocalDate.of(2024, 2, 1);
    private static final TimelineIndex TWO_CHINAS = TimelineIndex.of(BundledCase.TWO_CHINAS.read());

    private final FxTaskRunner tasks = new FxTaskRunner();
    private NetworkViewModel model;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        model = new NetworkViewModel(tasks, e -> {
            throw new AssertionError(e);
        });
        view = new NetworkView(model);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    /** Waits for the picture of a date through the current camera and layout. */
    private Composition pictureAt(LocalDate day) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            ScreenPicture shown = view.picture();
            return shown != null && shown.composition().scene().snapshot().date().equals(day)
                    && shown.camera().equals(model.cameraProperty().get())
                    && shown.composition().scene().kind() == model.layoutKindProperty().get()
                    && model.loadingProperty().get().isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.picture().composition();
    }

    private Composition open(FxRobot robot, TimelineIndex index, LocalDate day) throws Exception {
        robot.interact(() -> model.load(index, day));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.networkProperty().get() != null);
        return pictureAt(day);
    }

    static void assertNamesCollideWithNothing(Composition picture) {
        Map<String, Rectangle2D> names = picture.names();
        List<Map.Entry<String, Rectangle2D>> boxes = new ArrayList<>(names.entrySet());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).getValue().intersects(boxes.get(j).getValue()))
                        .as("%s over %s", boxes.get(i).getKey(), boxes.get(j).getKey()).isFalse();
            }
        }
        double r = picture.dotRadius();
        for (Map.Entry<String, Point2D> dot : picture.dots().entrySet()) {
            Point2D p = dot.getValue();
            for (Map.Entry<String, Rectangle2D> name : boxes) {
                // No name and no halo is on any part of a dot.
                assertThat(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r).intersects(name.getValue()))
                        .as("name of %s over the dot of %s", name.getKey(), dot.getKey()).isFalse();
            }
        }
    }

    @Test
    void namesNeverOverlapNorCoverADotAtTheKeyDatesInBothLayouts(FxRobot robot) throws Exception {
        open(robot, TWO_CHINAS, RESOLUTION_2758);
        for (LayoutKind kind : List.of(LayoutKind.NETWORK, LayoutKind.GEOGRAPHIC)) {
            robot.interact(() -> model.layoutKindProperty().set(kind));
            for (LocalDate day : List.of(RESOLUTION_2758, NAURU_BREAK)) {
                robot.interact(() -> model.showDate(day));
                Composition picture = pictureAt(day);
                assertNamesCollideWithNothing(picture);
                assertThat(picture.names()).as("names shown, %s %s", kind, day).hasSizeGreaterThan(25);
            }
        }
    }

    @Test
    void zoomingInOrPointingBringsBackANameLeftOut(FxRobot robot) throws Exception {
        Composition fitted = open(robot, TWO_CHINAS, RESOLUTION_2758);
        String unnamed = fitted.dots().keySet().stream().filter(code -> !fitted.names().containsKey(code))
                .sorted().findFirst().orElseThrow();

        robot.interact(() -> {
            view.centreOn(unnamed);
            view.setView(0.2, view.viewCentre().x(), view.viewCentre().y());
        });
        Composition zoomed = pictureAt(RESOLUTION_2758);
        assertThat(zoomed.names()).containsKey(unnamed);
        assertNamesCollideWithNothing(zoomed);

        robot.interact(view::fitAll);
        Composition again = pictureAt(RESOLUTION_2758);
        assertThat(again.names()).doesNotContainKey(unnamed);
        javafx.geometry.Point2D onScreen = view.screenPositionOf(unnamed).orElseThrow();
        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.picture() != null
                && unnamed.equals(view.picture().composition().scene().display().hovered()));
        assertThat(view.picture().composition().names()).containsKey(unnamed);
        assertNamesCollideWithNothing(view.picture().composition());
    }

    @Test
    void arrowheadsOfTheTiesReachingBeijingStayApart(FxRobot robot) throws Exception {
        Composition picture = open(robot, TWO_CHINAS, NAURU_BREAK);
        Point2D beijing = picture.dots().get("CHN");
        List<Rectangle2D> heads = picture.scene().snapshot().ties().stream()
                .filter(t -> t.to().equals("CHN")).map(t -> picture.arrowheads().get(t.id()))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(heads).hasSizeGreaterThan(100);

        long atTheDot = heads.stream()
                .filter(h -> beijing.distance(h.getCenterX(), h.getCenterY()) < 2 * picture.dotRadius()).count();
        long onAnother = heads.stream().filter(a -> heads.stream().anyMatch(b -> b != a
                && a.createIntersection(b).getWidth() > a.getWidth() / 2
                && a.createIntersection(b).getHeight() > a.getHeight() / 2)).count();
        assertThat(atTheDot).as("heads at Beijing's dot").isLessThanOrEqualTo(3);
        assertThat(onAnother).as("heads mostly on another").isLessThanOrEqualTo(heads.size() / 6);
    }

    @Test
    void fitAllFillsTheGraphArea(FxRobot robot) throws Exception {
        for (LayoutKind kind : List.of(LayoutKind.NETWORK, LayoutKind.GEOGRAPHIC)) {
            robot.interact(() -> model.layoutKindProperty().set(kind));
            Composition picture = open(robot, TWO_CHINAS, NAURU_BREAK);
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point2D p : picture.dots().values()) {
                minX = Math.min(minX, p.getX());
                maxX = Math.max(maxX, p.getX());
                minY = Math.min(minY, p.getY());
                maxY = Math.max(maxY, p.getY());
            }
            assertThat((maxX - minX) / picture.width()).as("%s width", kind).isGreaterThanOrEqualTo(0.75);
            assertThat((maxY - minY) / picture.height()).as("%s height", kind).isGreaterThanOrEqualTo(0.6);
        }
    }

    @Test
    void theWindowShowsWhatAnExportOfTheSameSizeShows(FxRobot robot) throws Exception {
        Composition window = open(robot, TWO_CHINAS, RESOLUTION_2758);
        ScreenPicture shown = view.picture();
        assertThat(shown.pixelWidth()).isEqualTo(window.width());

        // As the exports draw a picture with the title, date, legend and source left out.
        ExportSource source = new ExportSource(TWO_CHINAS, kind -> model.networkProperty().get().layout(kind),
                () -> {
                    throw new AssertionError("a picture needs no whole dataset");
                });
        ExportRequest asked = ExportRequest.DEFAULT.withSize(window.width(), window.height())
                .withDisplay(ExportOptions.NETWORK_ONLY)
                .withDate(RESOLUTION_2758);
        org.diplomap.render.NetworkScene exportedScene = source.scene(RESOLUTION_2758, asked);
        Composition exported = Composition.of(exportedScene, window.width(), window.height(), Camera.FIT);
        assertThat(exported.names()).isEqualTo(window.names());
        assertThat(exported.dots()).isEqualTo(window.dots());

        BufferedImage image = new SnapshotRenderer().render(exportedScene, window.width(), window.height());
        long differing = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != (shown.pixel(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ").isZero();
    }

    @Test
    void aWorldOf20000TiesShowsEveryTypeAndItsTiesCanBePointedAt(FxRobot robot) throws Exception {
        TimelineIndex world = TimelineIndex.of(SyntheticWorld.generate(SyntheticWorld.Options.defaults()));
        LocalDate day = LocalDate.of(2000, 1, 1);
        Composition picture = open(robot, world, day);
        assertThat(picture.dense()).isTrue();

        long[] hues = TypeHues.count(view.picture());
        assertThat(hues[1]).as("ambassador pixels against recognition's").isGreaterThanOrEqualTo(hues[0] * 15 / 100);
        assertThat(hues[2]).as("engagement pixels against recognition's").isGreaterThanOrEqualTo(hues[0] * 10 / 100);

        // Halfway along a tie, away from dots and names, the pointer finds a tie, and the status line describes it.
        List<Tie> ties = picture.scene().snapshot().ties();
        double midX = 0;
        double midY = 0;
        Tie some = null;
        for (int i = ties.size() / 2; some == null && i < ties.size(); i++) {
            Point2D from = picture.dots().get(ties.get(i).from());
            Point2D to = picture.dots().get(ties.get(i).to());
            // Whole pixels: the pointer can stand on nothing finer.
            midX = Math.round((from.getX() + to.getX()) / 2);
            midY = Math.round((from.getY() + to.getY()) / 2);
            if (picture.stateAt(midX, midY).isEmpty()) {
                some = ties.get(i);
            }
        }
        assertThat(some).isNotNull();
        Tie found = picture.tieAt(midX, midY).orElseThrow();
        robot.moveTo(robot.lookup("#network-graph").query().localToScreen(midX, midY));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.hoverProperty().get()
                .equals(model.describe(found)));

        // The selected state's ties are drawn over the rest.
        String selected = found.from();
        robot.interact(() -> model.select(selected));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.picture() != null
                && selected.equals(view.picture().composition().scene().display().selected()));
        assertThat(view.picture().composition().tieLooks().get(found.id())).isEqualTo(Composition.TieLook.STRESSED);
        // Drawn in its type's full colour, where the other ties are lightened.
        int full = org.diplomap.graph.TieStyle.of(found.type()).rgb();
        ScreenPicture stressed = view.picture();
        boolean seen = false;
        for (int dy = -4; dy <= 4 && !seen; dy++) {
            for (int dx = -4; dx <= 4 && !seen; dx++) {
                seen = (stressed.pixel((int) midX + dx, (int) midY + dy) & 0xFFFFFF) == full;
            }
        }
        assertThat(seen).as("the selected state's tie in full colour near %.0f,%.0f", midX, midY).isTrue();
    }
}
