package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
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
        // And the arrowheads lie at separate points.
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
        Composition composition = Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
        Page page = composition.page();
        Metrics m = page.metrics();
        Rectangle2D picture = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);
        Map<String, Rectangle2D> names = composition.names();

        assertThat(names).hasSize(scene.snapshot().states().size());
        for (Map.Entry<String, Rectangle2D> name : names.entrySet()) {
            Rectangle2D box = name.getValue();
            assertThat(picture.contains(box)).as(name.getKey()).isTrue();
            assertThat(box.intersects(page.legend())).as(name.getKey()).isFalse();
            for (Point2D dot : composition.places().values()) {
                double r = m.nodeRadius();
                assertThat(box.intersects(dot.getX() - r, dot.getY() - r, 2 * r, 2 * r)).as(name.getKey()).isFalse();
            }
            for (Map.Entry<String, Rectangle2D> other : names.entrySet()) {
                if (!other.getKey().equals(name.getKey())) {
                    assertThat(box.intersects(other.getValue())).as(name.getKey() + " / " + other.getKey()).isFalse();
                }
            }
        }
    }

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
