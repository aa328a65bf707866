package org.diplomap.render;

import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts states' names beside their dots so that no two names overlap, no name (with its white halo) covers a dot,
 * and none runs out of the picture or into the caption, legend or source line. States come in order of priority;
 * each takes the first free side of its dot, preferring the sides that cross the fewest ties; a name with no
 * free side is left out (the names the user points out, by selecting, focusing, pointing or searching, first try
 * places a little further out). Zooming in spreads the dots apart, so the names left out come back (semantic zoom).
 *
 * <p>Everything is looked up in a grid of cells of about a name's height, so placing the names of a world of
 * 200 states among thousands of tie segments takes a few milliseconds: fast enough for every frame of a drag.
 */
final class Labels {

    /** A name and where its baseline starts; {@code box} is the text's extent, halo included. */
    record Label(String code, String text, Point2D baseline, Rectangle2D box) {
    }

    /** Directions from the dot, most usual first (y grows downwards). */
    private static final double[] DIRECTIONS = {
        0, Math.PI, -Math.PI / 4, Math.PI / 4, -3 * Math.PI / 4, 3 * Math.PI / 4, -Math.PI / 2, Math.PI / 2,
    };
    /** A crossed tie costs more than taking a less usual side; a blocked side is never taken. */
    private static final double PER_CROSSED_TIE = 1.5;
    private static final int MOST_CROSSINGS_COUNTED = 12;
    /** How many rings of places, each a line further out, a name pointed out may try. */
    private static final int FARTHER_RINGS = 8;

    private Labels() {
    }

    /**
     * Places the names of the states of {@code order} (first the most important; the first {@code pointedOut} of
     * them pointed out by the user) at their dots' {@code places};
     * {@code dots} are every dot drawn, {@code ties} the tie segments a name had better not cross (may be empty),
     * {@code boxes} what names must keep out of, {@code picture} what they must stay in.
     */
    static List<Label> place(List<String> order, int pointedOut, Map<String, Point2D> places,
                             Map<String, String> names, List<Line2D> ties, Rectangle2D picture,
                             List<Rectangle2D> boxes, Metrics m) {
        double cell = Math.max(8, 2 * m.lineHeight(m.labelFont()));
        Grid<Rectangle2D> blocked = new Grid<>(cell, picture);
        double r = m.nodeRadius() + m.nodeOutline();
        for (Point2D p : places.values()) {
            blocked.add(new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
        }
        boxes.forEach(blocked::add);
        Grid<Line2D> segments = new Grid<>(cell, picture);
        ties.forEach(segments::add);

        List<Label> placed = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            String code = order.get(rank);
            Point2D dot = places.get(code);
            if (dot == null) {
                continue;
            }
            String text = names.getOrDefault(code, code);
            Label best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            // A state the user points out may have its name further from its dot, on any of more sides, rather than
            // none.
            boolean pointed = rank < pointedOut;
            int candidates = pointed ? FARTHER_RINGS * 2 * DIRECTIONS.length : DIRECTIONS.length;
            for (int i = 0; i < candidates && bestCost > i; i++) {
                int ring = pointed ? i / (2 * DIRECTIONS.length) : 0;
                int side = pointed ? i % (2 * DIRECTIONS.length) : i;
                double angle = side < DIRECTIONS.length ? DIRECTIONS[side]
                        : DIRECTIONS[side - DIRECTIONS.length] + Math.PI / 8;
                Label candidate = beside(code, text, dot, angle, ring, m);
                Rectangle2D box = candidate.box();
                if (!picture.contains(box) || blocked.anyIntersects(box)) {
                    continue;
                }
                double cost = i + PER_CROSSED_TIE * segments.countIntersecting(box, MOST_CROSSINGS_COUNTED);
                if (cost < bestCost) {
                    best = candidate;
                    bestCost = cost;
                }
            }
            if (best != null) {
                placed.add(best);
                blocked.add(best.box());
            }
        }
        return placed;
    }

    private static Label beside(String code, String text, Point2D dot, double angle, int ring, Metrics m) {
        Font font = m.labelFont();
        double halo = m.halo();
        double width = m.textWidth(text, font) + 2 * halo;
        double height = m.lineHeight(font) + 2 * halo;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double side = Math.abs(cos) < 1e-6 ? 0 : Math.signum(cos);
        double vertical = Math.abs(sin) < 1e-6 ? 0 : Math.signum(sin);
        // The halo may touch the dot's outline, never the dot.
        double reach = m.nodeRadius() + m.nodeOutline() + Math.max(0, m.labelGap() - halo) + ring * 0.6 * height;
        double left = dot.getX() + cos * reach + (side - 1) * width / 2;
        double top = dot.getY() + sin * reach + (vertical - 1) * height / 2;
        Rectangle2D box = new Rectangle2D.Double(left, top, width, height);
        return new Label(code, text, new Point2D.Double(left + halo, top + halo + m.ascent(font)), box);
    }

    /** Shapes filed by the grid cells their bounds touch, within the picture (names never go outside it). */
    private static final class Grid<T extends java.awt.Shape> {
        private final double cell;
        private final Rectangle2D picture;
        private final Map<Long, List<T>> cells = new HashMap<>();

        Grid(double cell, Rectangle2D picture) {
            this.cell = cell;
            this.picture = picture;
        }

        void add(T shape) {
            Rectangle2D b = shape.getBounds2D();
            for (long key : keys(b)) {
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(shape);
            }
        }

        boolean anyIntersects(Rectangle2D box) {
            for (long key : keys(box)) {
                for (T shape : cells.getOrDefault(key, List.of())) {
                    if (intersects(shape, box)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** How many shapes cross the box, counted up to {@code most} (a shape in two cells may count twice). */
        int countIntersecting(Rectangle2D box, int most) {
            int count = 0;
            for (long key : keys(box)) {
                for (T shape : cells.getOrDefault(key, List.of())) {
                    if (intersects(shape, box) && ++count >= most) {
                        return count;
                    }
                }
            }
            return count;
        }

        private static boolean intersects(java.awt.Shape shape, Rectangle2D box) {
            return shape instanceof Line2D line ? line.intersects(box) : shape.intersects(box);
        }

        private long[] keys(Rectangle2D shape) {
            Rectangle2D b = shape.createIntersection(picture);
            // Negative when apart; a level or upright line has no height or width and still counts.
            if (b.getWidth() < 0 || b.getHeight() < 0) {
                return new long[0];
            }
            long x0 = (long) Math.floor(b.getMinX() / cell);
            long x1 = (long) Math.floor(b.getMaxX() / cell);
            long y0 = (long) Math.floor(b.getMinY() / cell);
            long y1 = (long) Math.floor(b.getMaxY() / cell);
            long[] keys = new long[(int) ((x1 - x0 + 1) * (y1 - y0 + 1))];
            int i = 0;
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    keys[i++] = x * 1_000_003L + y;
                }
            }
            return keys;
        }
    }
}
