package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

class LayoutOfMarksTest {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    @Test
    void tiesOnOnePairInBothDirectionsTakeSeparateCourses() {
        Metrics m = Metrics.forSize(WIDTH, HEIGHT);
        Map<String, Point2D> places = Map.of("AFG", new Point2D.Double(800, 500), "RUS", new Point2D.Double(800, 100));
        List<TieMarks.Mark> marks = TieMarks.of(List.of(
                Scenes.tie("AFG", "RUS", TieType.ENGAGEMENT),
                Scenes.tie("RUS", "AFG", TieType.RECOGNITION),
                Scenes.tie("RUS", "AFG", TieType.AMBASSADOR)), places, m);

        assertThat(marks).hasSize(3);
        // Halfway between the two states, the lines must lie apart by more than a line's width.
        List<Double> middles = marks.stream().map(mark -> crossingAt(mark, 300)).sorted().toList();
        for (int i = 1; i < middles.size(); i++) {
            assertThat(middles.get(i) - middles.get(i - 1)).isGreaterThan(3 * m.tieWidth());
        }
        // And the arrowheads meet their targets at separate points.
        for (int i = 0; i < marks.size(); i++) {
            for (int j = i + 1; j < marks.size(); j++) {
                Rectangle2D a = marks.get(i).arrow().getBounds2D();
                Rectangle2D b = marks.get(j).arrow().getBounds2D();
                assertThat(a.getCenterX() == b.getCenterX() && a.getCenterY() == b.getCenterY()).isFalse();
            }
        }
    }

    @Test
    void namesOfTheSampleSceneDoNotOverlapEachOtherTheDotsOrTheLegend() {
        NetworkScene scene = Scenes.afghanistan();
        Page page = Page.of(WIDTH, HEIGHT, scene);
        Metrics m = page.metrics();
        Map<String, Point2D> places = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (State state : scene.snapshot().states()) {
            places.put(state.code(), page.toPicture(scene.layout().positionOf(state.code()).orElseThrow()));
            names.put(state.code(), state.name());
        }
        List<TieMarks.Mark> marks = TieMarks.of(scene.snapshot().ties(), places, m);
        Rectangle2D picture = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);

        List<Labels.Label> labels = Labels.place(places, names, marks, Map.of(), picture, page.legend(), m);

        assertThat(labels).hasSize(places.size());
        for (Labels.Label label : labels) {
            assertThat(picture.contains(label.box())).as(label.text()).isTrue();
            assertThat(label.box().intersects(page.legend())).as(label.text()).isFalse();
            for (Point2D dot : places.values()) {
                double r = m.nodeRadius();
                assertThat(label.box().intersects(dot.getX() - r, dot.getY() - r, 2 * r, 2 * r))
                        .as(label.text()).isFalse();
            }
            for (Labels.Label other : labels) {
                if (other != label) {
                    assertThat(label.box().intersects(other.box())).as(label.text()).isFalse();
                }
            }
        }
    }

    /** Where the line crosses the horizontal at {@code y}. */
    private static double crossingAt(TieMarks.Mark mark, double y) {
        Shape stroked = new BasicStroke(1f).createStrokedShape(mark.line());
        for (double x = 0; x < WIDTH; x += 0.25) {
            if (stroked.contains(x, y)) {
                return x;
            }
        }
        throw new AssertionError("line does not cross y=" + y);
    }
}
