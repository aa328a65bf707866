package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplomap.graph.GeoLayout;
import org.diplomap.graph.Layout;
import org.diplomap.graph.StableLayout;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.LayoutKind;
import org.diplomap.store.BundledCase;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An export of the two Chinas at 1440x900, title, date, legend and source included, at the case's key dates and in
 * both layouts: no two names overlap, no name covers a dot or the frame's texts, the network spans most of the
 * picture, and the arrowheads at the two hubs stay apart.
 */
class PictureReadsTest {

    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;
    private static final TimelineIndex TWO_CHINAS = TimelineIndex.of(BundledCase.TWO_CHINAS.read());
    private static final Layout NETWORK = StableLayout.compute(TWO_CHINAS.states(), TWO_CHINAS.ties());
    private static final Layout GEOGRAPHIC = GeoLayout.compute(TWO_CHINAS.states(), WorldAtlas.bundled());

    static Stream<Arguments> keyDatesInBothLayouts() {
        return Stream.of(LayoutKind.NETWORK, LayoutKind.GEOGRAPHIC).flatMap(kind -> Stream.of("1971-10-25", "2024-02-01")
                .map(day -> Arguments.of(kind, LocalDate.parse(day))));
    }

    private static Composition exportOf(LayoutKind kind, LocalDate day) {
        NetworkScene scene = new NetworkScene(TWO_CHINAS.snapshotAt(day), TWO_CHINAS.states(),
                kind == LayoutKind.GEOGRAPHIC ? GEOGRAPHIC : NETWORK, TWO_CHINAS.title(), "Diplomap");
        if (kind == LayoutKind.GEOGRAPHIC) {
            scene = scene.withMap(WorldAtlas.bundled().outlines());
        }
        return Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
    }

    @ParameterizedTest
    @MethodSource("keyDatesInBothLayouts")
    void namesCollideWithNothing(LayoutKind kind, LocalDate day) {
        Composition picture = exportOf(kind, day);
        List<Map.Entry<String, Rectangle2D>> names = new ArrayList<>(picture.names().entrySet());
        assertThat(names).hasSizeGreaterThan(40);
        for (int i = 0; i < names.size(); i++) {
            Rectangle2D box = names.get(i).getValue();
            for (int j = i + 1; j < names.size(); j++) {
                assertThat(box.intersects(names.get(j).getValue())).as(names.get(i).getKey()).isFalse();
            }
            for (Point2D dot : picture.places().values()) {
                double r = picture.metrics().nodeRadius();
                assertThat(box.intersects(dot.getX() - r, dot.getY() - r, 2 * r, 2 * r)).isFalse();
            }
            for (Rectangle2D frame : picture.page().boxes()) {
                assertThat(box.intersects(frame)).as(names.get(i).getKey()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("keyDatesInBothLayouts")
    void theNetworkSpansThreeQuartersOfTheWidthAndSixTenthsOfTheHeight(LayoutKind kind, LocalDate day) {
        Composition picture = exportOf(kind, day);
        double r = picture.metrics().nodeRadius();
        double minX = picture.places().values().stream().mapToDouble(Point2D::getX).min().orElseThrow() - r;
        double maxX = picture.places().values().stream().mapToDouble(Point2D::getX).max().orElseThrow() + r;
        double minY = picture.places().values().stream().mapToDouble(Point2D::getY).min().orElseThrow() - r;
        double maxY = picture.places().values().stream().mapToDouble(Point2D::getY).max().orElseThrow() + r;
        assertThat((maxX - minX) / WIDTH).isGreaterThanOrEqualTo(0.75);
        assertThat((maxY - minY) / HEIGHT).isGreaterThanOrEqualTo(0.6);
        // And no dot lies under the caption, the legend or the source line.
        for (Point2D dot : picture.places().values()) {
            for (Rectangle2D frame : picture.page().boxes()) {
                assertThat(frame.contains(dot)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("keyDatesInBothLayouts")
    void arrowheadsAtTheHubsDoNotPileUp(LayoutKind kind, LocalDate day) {
        Composition picture = exportOf(kind, day);
        for (String hub : List.of("CHN", "TWN")) {
            List<Rectangle2D> heads = picture.ties().stream().filter(t -> t.tie().to().equals(hub))
                    .map(t -> t.mark().arrow().getBounds2D()).toList();
            // At the target every head would lie on the others; along the lines, few still do.
            Point2D centre = picture.places().get(hub);
            double near = 2 * picture.metrics().nodeRadius();
            long atTheDot = heads.stream().filter(h -> centre.distance(h.getCenterX(), h.getCenterY()) < near).count();
            assertThat(atTheDot).as("arrowheads at the dot of %s", hub).isLessThanOrEqualTo(3);
            long covered = heads.stream().filter(a -> heads.stream().anyMatch(b -> b != a
                    && a.createIntersection(b).getWidth() > a.getWidth() / 2
                    && a.createIntersection(b).getHeight() > a.getHeight() / 2)).count();
            assertThat(covered).as("arrowheads to %s mostly on another", hub).isLessThanOrEqualTo(heads.size() / 6);
        }
    }

    @ParameterizedTest
    @MethodSource("keyDatesInBothLayouts")
    void aStateStaysAtItsPlaceFromOneDateToAnother(LayoutKind kind, LocalDate day) {
        Composition picture = exportOf(kind, day);
        for (LocalDate other : List.of(LocalDate.of(1950, 1, 1), LocalDate.of(1990, 6, 1), LocalDate.of(2010, 1, 1))) {
            Composition then = exportOf(kind, other);
            // Counts of one, two and three digits: the legend, and so the room left to the network, keeps its size.
            assertThat(then.page().legend()).isEqualTo(picture.page().legend());
            for (Map.Entry<String, Point2D> dot : picture.places().entrySet()) {
                Point2D there = then.places().get(dot.getKey());
                if (there != null) {
                    assertThat(there.distance(dot.getValue())).as("%s on %s and %s", dot.getKey(), day, other)
                            .isLessThan(1e-9);
                }
            }
        }
    }
}
