package org.diplomap.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Puts each state's name beside its dot, on the side where it covers the fewest other things: first other
 * dots, names and the legend, then ties; never, if it can, outside the picture.
 */
final class Labels {

    /** A name and where its baseline starts. */
    record Label(String code, String text, Point2D baseline, Rectangle2D box) {
    }

    /** Directions from the dot, most usual first (y grows downwards). */
    private static final double[] DIRECTIONS = {
        0, Math.PI, -Math.PI / 4, Math.PI / 4, -3 * Math.PI / 4, 3 * Math.PI / 4, -Math.PI / 2, Math.PI / 2,
    };

    private static final double OUTSIDE_PICTURE = 10_000;
    private static final double ON_DOT_OR_NAME = 1_000;
    private static final double ON_ARROWHEAD = 40;
    private static final double ON_TIE = 25;
    private static final double LESS_USUAL_SIDE = 1;

    private Labels() {
    }

    static List<Label> place(Map<String, Point2D> places, Map<String, String> names, List<TieMarks.Mark> marks,
                             Map<String, Integer> tiesPerState, Rectangle2D picture, Rectangle2D legend,
                             Metrics m) {
        List<Line2D> segments = new ArrayList<>();
        for (TieMarks.Mark mark : marks) {
            segments.addAll(segments(mark.line(), m.unit()));
        }
        List<Shape> dots = new ArrayList<>();
        double r = m.nodeRadius() + m.nodeOutline();
        places.values().forEach(p -> dots.add(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r)));

        // The busiest states choose first: their names are the hardest to fit among their ties.
        List<String> order = new ArrayList<>(places.keySet());
        order.sort(Comparator.comparing((String code) -> tiesPerState.getOrDefault(code, 0)).reversed()
                .thenComparing(Comparator.naturalOrder()));

        List<Label> placed = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>(List.of(legend));
        for (String code : order) {
            String text = names.getOrDefault(code, code);
            Label best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int i = 0; i < DIRECTIONS.length; i++) {
                Label candidate = beside(code, text, places.get(code), DIRECTIONS[i], m);
                double cost = i * LESS_USUAL_SIDE
                        + cost(candidate.box(), places.get(code), picture, dots, taken, segments, marks);
                if (cost < bestCost) {
                    best = candidate;
                    bestCost = cost;
                }
            }
            placed.add(best);
            taken.add(best.box());
        }
        return placed;
    }

    private static double cost(Rectangle2D box, Point2D own, Rectangle2D picture, List<Shape> dots,
                               List<Rectangle2D> taken, List<Line2D> segments, List<TieMarks.Mark> marks) {
        double cost = picture.contains(box) ? 0 : OUTSIDE_PICTURE;
        for (Shape dot : dots) {
            if (!dot.contains(own) && dot.intersects(box)) {
                cost += ON_DOT_OR_NAME;
            }
        }
        for (Rectangle2D other : taken) {
            if (other.intersects(box)) {
                cost += ON_DOT_OR_NAME;
            }
        }
        for (TieMarks.Mark mark : marks) {
            if (mark.arrow().intersects(box)) {
                cost += ON_ARROWHEAD;
            }
        }
        for (Line2D segment : segments) {
            if (segment.intersects(box)) {
                cost += ON_TIE;
            }
        }
        return cost;
    }

    private static Label beside(String code, String text, Point2D dot, double angle, Metrics m) {
        Font font = m.labelFont();
        double width = m.textWidth(text, font);
        double height = m.lineHeight(font);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double side = Math.abs(cos) < 1e-6 ? 0 : Math.signum(cos);
        double vertical = Math.abs(sin) < 1e-6 ? 0 : Math.signum(sin);
        double reach = m.nodeRadius() + m.labelGap();
        double left = dot.getX() + cos * reach + (side - 1) * width / 2;
        double top = dot.getY() + sin * reach + (vertical - 1) * height / 2;
        Rectangle2D box = new Rectangle2D.Double(left, top, width, height);
        return new Label(code, text, new Point2D.Double(left, top + m.ascent(font)), box);
    }

    /** The curve as short straight pieces, about a few pixels long. */
    private static List<Line2D> segments(Shape curve, double unit) {
        List<Line2D> segments = new ArrayList<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = curve.getPathIterator(null, 0.5 * unit); !it.isDone(); it.next()) {
            int kind = it.currentSegment(c);
            if (kind == PathIterator.SEG_LINETO) {
                segments.add(new Line2D.Double(lastX, lastY, c[0], c[1]));
            }
            lastX = c[0];
            lastY = c[1];
        }
        return segments;
    }
}
