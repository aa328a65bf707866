package org.diplomap.render;

import java.awt.Shape;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.model.Tie;

/**
 * The line and arrowhead of each tie. Ties between the same two states, in either direction, fan out from
 * each node at different angles and bow apart in the middle, so that none hides another. The arrowhead sits on
 * the line a little past its middle, pointing along it: at a hub that a hundred ties reach, heads at the dot
 * would pile into one blot, while heads along the lines stay apart and each reads on its own tie.
 */
final class TieMarks {

    /** A tie as drawn: its line (to be stroked) and its arrowhead (to be filled; null in a dense network). */
    record Mark(Tie tie, Shape line, Shape arrow) {
    }

    /** The angle between neighbouring ties of one pair where they leave or meet a node. */
    private static final double FAN_STEP = Math.toRadians(34);
    private static final double FAN_LIMIT = Math.toRadians(75);
    /** How far the curve's handles reach, as a share of the distance between the two states. */
    private static final double HANDLE_SHARE = 0.3;
    /**
     * Where on the curve (0 at the source, 1 at the target) an arrowhead may sit. The ties reaching one state first
     * try the first five in turn, in the order of the directions they come from, so that ties arriving side by side
     * at a hub have their heads at different distances from it; a head that would lie mostly on one already placed
     * moves to the nearest other place that is free.
     */
    private static final double[] ARROW_AT = {0.38, 0.48, 0.58, 0.68, 0.78, 0.33, 0.43, 0.53, 0.63, 0.73, 0.83};
    private static final int FIRST_TRIED = 5;

    private TieMarks() {
    }

    /** Marks for the ties whose both ends have a place in {@code places}; others are left out. */
    static List<Mark> of(List<Tie> ties, Map<String, Point2D> places, Metrics m) {
        Map<String, List<Tie>> byPair = new LinkedHashMap<>();
        for (Tie tie : ties) {
            if (places.containsKey(tie.from()) && places.containsKey(tie.to()) && !tie.from().equals(tie.to())) {
                byPair.computeIfAbsent(pairKey(tie), k -> new ArrayList<>()).add(tie);
            }
        }
        Map<Tie, Integer> arrowAt = arrowPlaces(byPair.values(), places);
        List<Mark> marks = new ArrayList<>();
        for (List<Tie> pair : byPair.values()) {
            // One direction after the other, then by type, so the fan reads the same way at every date.
            pair.sort(Comparator.comparing(Tie::from).thenComparing(Tie::type));
            for (int i = 0; i < pair.size(); i++) {
                double slot = i - (pair.size() - 1) / 2.0;
                double angle = Math.max(-FAN_LIMIT, Math.min(FAN_LIMIT, slot * FAN_STEP));
                Mark mark = mark(pair.get(i), angle, places, m);
                if (mark != null) {
                    marks.add(mark);
                }
            }
        }
        return withHeads(marks, arrowAt, m);
    }

    /** The marks with their arrowheads, placed one after the other so that they do not lie on each other. */
    private static List<Mark> withHeads(List<Mark> lines, Map<Tie, Integer> firstPlace, Metrics m) {
        double cell = 2 * m.arrowLength();
        Map<Long, List<java.awt.geom.Rectangle2D>> placed = new java.util.HashMap<>();
        List<Mark> marks = new ArrayList<>(lines.size());
        for (Mark line : lines) {
            int first = firstPlace.get(line.tie());
            Shape best = null;
            for (int k = 0; k < ARROW_AT.length && best == null; k++) {
                // The preferred place first, then the others of the list in turn.
                Shape head = headAt((CubicCurve2D) line.line(), ARROW_AT[(first + k) % ARROW_AT.length], m);
                if (!mostlyOnAnother(head.getBounds2D(), placed, cell)) {
                    best = head;
                }
            }
            if (best == null) {
                best = headAt((CubicCurve2D) line.line(), ARROW_AT[first], m);
            }
            java.awt.geom.Rectangle2D bounds = best.getBounds2D();
            placed.computeIfAbsent(cellOf(bounds.getCenterX(), bounds.getCenterY(), cell), c -> new ArrayList<>())
                    .add(bounds);
            marks.add(new Mark(line.tie(), line.line(), best));
        }
        return marks;
    }

    private static boolean mostlyOnAnother(java.awt.geom.Rectangle2D head,
                                           Map<Long, List<java.awt.geom.Rectangle2D>> placed, double cell) {
        long cx = (long) Math.floor(head.getCenterX() / cell);
        long cy = (long) Math.floor(head.getCenterY() / cell);
        for (long x = cx - 1; x <= cx + 1; x++) {
            for (long y = cy - 1; y <= cy + 1; y++) {
                for (java.awt.geom.Rectangle2D other : placed.getOrDefault(x * 1_000_003L + y, List.of())) {
                    java.awt.geom.Rectangle2D common = head.createIntersection(other);
                    if (common.getWidth() > head.getWidth() / 3 && common.getHeight() > head.getHeight() / 3) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long cellOf(double x, double y, double cell) {
        return (long) Math.floor(x / cell) * 1_000_003L + (long) Math.floor(y / cell);
    }

    /**
     * Marks for a dense network: each tie a straight line without arrowhead, the types of one pair side by side
     * (recognition, ambassador and engagement a line's width apart) so that no type hides another where a pair has
     * several.
     */
    static List<Mark> straight(List<Tie> ties, Map<String, Point2D> places, Metrics m) {
        List<Mark> marks = new ArrayList<>(ties.size());
        double apart = Math.max(1, m.unit()) * 1.2;
        for (Tie tie : ties) {
            Point2D from = places.get(tie.from());
            Point2D to = places.get(tie.to());
            if (from == null || to == null || tie.from().equals(tie.to())) {
                continue;
            }
            boolean forward = tie.from().compareTo(tie.to()) < 0;
            Point2D low = forward ? from : to;
            Point2D high = forward ? to : from;
            double length = low.distance(high);
            if (length == 0) {
                continue;
            }
            double offset = (tie.type().ordinal() - 1) * apart;
            double nx = -(high.getY() - low.getY()) / length * offset;
            double ny = (high.getX() - low.getX()) / length * offset;
            marks.add(new Mark(tie, new java.awt.geom.Line2D.Double(from.getX() + nx, from.getY() + ny,
                    to.getX() + nx, to.getY() + ny), null));
        }
        return marks;
    }

    private static String pairKey(Tie tie) {
        return tie.from().compareTo(tie.to()) < 0 ? tie.from() + "|" + tie.to() : tie.to() + "|" + tie.from();
    }

    /** The first place each tie's arrowhead tries, as an index into {@link #ARROW_AT}. */
    private static Map<Tie, Integer> arrowPlaces(java.util.Collection<List<Tie>> pairs, Map<String, Point2D> places) {
        Map<String, List<Tie>> byTarget = new java.util.HashMap<>();
        for (List<Tie> pair : pairs) {
            for (Tie tie : pair) {
                byTarget.computeIfAbsent(tie.to(), k -> new ArrayList<>()).add(tie);
            }
        }
        Map<Tie, Integer> at = new java.util.HashMap<>();
        for (Map.Entry<String, List<Tie>> reaching : byTarget.entrySet()) {
            Point2D target = places.get(reaching.getKey());
            List<Tie> ties = new ArrayList<>(reaching.getValue());
            ties.sort(Comparator.comparingDouble((Tie t) -> {
                Point2D source = places.get(t.from());
                return Math.atan2(source.getY() - target.getY(), source.getX() - target.getX());
            }).thenComparing(Tie::from).thenComparing(Tie::type));
            for (int i = 0; i < ties.size(); i++) {
                at.put(ties.get(i), i % FIRST_TRIED);
            }
        }
        return at;
    }

    /** The line of a tie, without its arrowhead yet. */
    private static Mark mark(Tie tie, double angle, Map<String, Point2D> places, Metrics m) {
        // Computed in the pair's own orientation (lower code first) so that the ties of both directions
        // share one fan instead of two fans lying on top of each other.
        boolean forward = tie.from().compareTo(tie.to()) < 0;
        Point2D low = places.get(forward ? tie.from() : tie.to());
        Point2D high = places.get(forward ? tie.to() : tie.from());
        double dx = high.getX() - low.getX();
        double dy = high.getY() - low.getY();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        double ux = dx / length;
        double uy = dy / length;
        double nx = -uy;
        double ny = ux;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Point2D outOfLow = new Point2D.Double(cos * ux + sin * nx, cos * uy + sin * ny);
        Point2D outOfHigh = new Point2D.Double(-cos * ux + sin * nx, -cos * uy + sin * ny);

        Point2D source = forward ? low : high;
        Point2D target = forward ? high : low;
        Point2D leave = forward ? outOfLow : outOfHigh;
        Point2D arrive = forward ? outOfHigh : outOfLow;

        double reach = m.nodeRadius() + m.nodeOutline();
        Point2D start = along(source, leave, reach + m.tieWidth());
        Point2D end = along(target, arrive, reach);
        double handle = length * HANDLE_SHARE;
        CubicCurve2D.Double line = new CubicCurve2D.Double(start.getX(), start.getY(),
                start.getX() + leave.getX() * handle, start.getY() + leave.getY() * handle,
                end.getX() + arrive.getX() * handle, end.getY() + arrive.getY() * handle,
                end.getX(), end.getY());
        return new Mark(tie, line, null);
    }

    /** The arrowhead at {@code t} along a line, pointing along it: its middle on the line, its tip ahead. */
    private static Shape headAt(CubicCurve2D line, double t, Metrics m) {
        Point2D middle = pointOn(line, t);
        Point2D tangent = tangentOf(line, t);
        double tangentLength = Math.hypot(tangent.getX(), tangent.getY());
        Point2D back = tangentLength == 0
                ? new Point2D.Double(line.getX1() - line.getX2(), line.getY1() - line.getY2())
                : new Point2D.Double(-tangent.getX() / tangentLength, -tangent.getY() / tangentLength);
        double backLength = Math.hypot(back.getX(), back.getY());
        if (backLength == 0) {
            back = new Point2D.Double(-1, 0);
        } else if (tangentLength == 0) {
            back = new Point2D.Double(back.getX() / backLength, back.getY() / backLength);
        }
        return arrowhead(along(middle, back, -m.arrowLength() / 2), back, m);
    }

    private static Point2D pointOn(CubicCurve2D c, double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double d = 3 * u * t * t;
        double e = t * t * t;
        return new Point2D.Double(a * c.getX1() + b * c.getCtrlX1() + d * c.getCtrlX2() + e * c.getX2(),
                a * c.getY1() + b * c.getCtrlY1() + d * c.getCtrlY2() + e * c.getY2());
    }

    private static Point2D tangentOf(CubicCurve2D c, double t) {
        double u = 1 - t;
        double a = 3 * u * u;
        double b = 6 * u * t;
        double d = 3 * t * t;
        return new Point2D.Double(
                a * (c.getCtrlX1() - c.getX1()) + b * (c.getCtrlX2() - c.getCtrlX1()) + d * (c.getX2() - c.getCtrlX2()),
                a * (c.getCtrlY1() - c.getY1()) + b * (c.getCtrlY2() - c.getCtrlY1())
                        + d * (c.getY2() - c.getCtrlY2()));
    }

    private static Shape arrowhead(Point2D tip, Point2D back, Metrics m) {
        Point2D base = along(tip, back, m.arrowLength());
        double px = -back.getY() * m.arrowHalfWidth();
        double py = back.getX() * m.arrowHalfWidth();
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(tip.getX(), tip.getY());
        arrow.lineTo(base.getX() + px, base.getY() + py);
        arrow.lineTo(base.getX() - px, base.getY() - py);
        arrow.closePath();
        return arrow;
    }

    private static Point2D along(Point2D from, Point2D direction, double distance) {
        return new Point2D.Double(from.getX() + direction.getX() * distance, from.getY() + direction.getY() * distance);
    }
}
