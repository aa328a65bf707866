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
     * Where on the curve (0 at the source, 1 at the target) the arrowhead sits: one of three places, chosen by the
     * pair of states, so that the heads of ties converging on a hub along nearly the same course do not meet.
     */
    private static final double[] ARROW_AT = {0.5, 0.62, 0.74};

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
        return marks;
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
        double t = ARROW_AT[Math.floorMod((tie.from() + "|" + tie.to()).hashCode() * 0x9E3779B9 >>> 7,
                ARROW_AT.length)];
        // The head's middle lies on the curve, its tip a half length further on.
        Point2D tip = pointOn(line, t);
        Point2D tangent = tangentOf(line, t);
        double tangentLength = Math.hypot(tangent.getX(), tangent.getY());
        Point2D back = tangentLength == 0 ? arrive
                : new Point2D.Double(-tangent.getX() / tangentLength, -tangent.getY() / tangentLength);
        return new Mark(tie, line, arrowhead(along(tip, back, -m.arrowLength() / 2), back, m));
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
                a * (c.getCtrlY1() - c.getY1()) + b * (c.getCtrlY2() - c.getCtrlY1()) + d * (c.getY2() - c.getCtrlY2()));
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
