package org.diplomap.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomap.io.GeoPoint;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.State;

/**
 * Places each state on a world map: an equirectangular projection in degrees, x = longitude and y = latitude
 * (y up, as in GraphStream). States the atlas cannot place (historical ones) stand in rows below the map so
 * that they stay visible. States whose capitals nearly coincide (Rome and the Vatican, Kinshasa and
 * Brazzaville) are pushed apart a little so that their labels do not sit on one point. The same states always
 * get the same positions.
 */
public final class GeoLayout {

    /** Closer than this, in degrees, two states are pushed apart. */
    static final double MIN_SEPARATION = 1.5;
    /** The latitude of the first row of states that have no place on the map: south of every inhabited land. */
    static final double UNPLACED_ROW_Y = -70;
    private static final double UNPLACED_SPACING = 12;
    private static final double ROW_GAP = 8;
    private static final int PER_ROW = 28;
    private static final int MAX_ROUNDS = 200;

    private GeoLayout() {
    }

    public static Layout compute(List<State> states, WorldAtlas atlas) {
        List<String> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        Map<String, double[]> points = new HashMap<>();
        for (String code : states.stream().map(State::code).distinct().sorted().toList()) {
            Optional<GeoPoint> position = atlas.positionOf(code);
            if (position.isPresent()) {
                points.put(code, new double[] {position.get().lon(), position.get().lat()});
                placed.add(code);
            } else {
                unplaced.add(code);
            }
        }
        separate(placed.stream().map(points::get).toList());
        placeInRows(unplaced, points, centreOf(placed, points));

        Map<String, Layout.Point> positions = new HashMap<>();
        points.forEach((code, xy) -> positions.put(code, new Layout.Point(xy[0], xy[1])));
        return new Layout(positions);
    }

    /**
     * Pushes every pair closer than {@link #MIN_SEPARATION} apart along the line between them, half the shortfall
     * each, in a fixed order, until no pair is too close. Moves stay small: only close neighbours ever move.
     */
    private static void separate(List<double[]> points) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < points.size(); i++) {
                for (int j = i + 1; j < points.size(); j++) {
                    double[] a = points.get(i);
                    double[] b = points.get(j);
                    double dx = b[0] - a[0];
                    double dy = b[1] - a[1];
                    double distance = Math.hypot(dx, dy);
                    if (distance >= MIN_SEPARATION) {
                        continue;
                    }
                    // A hair more than the shortfall, so that rounding cannot leave the pair just too close.
                    double half = (MIN_SEPARATION - distance) / 2 + 1e-6;
                    if (distance < 1e-9) {
                        // Two states on one point have no line between them: pick one that depends on the pair only.
                        double angle = (i * 31 + j) * 2.399963;
                        dx = Math.cos(angle);
                        dy = Math.sin(angle);
                    } else {
                        dx /= distance;
                        dy /= distance;
                    }
                    a[0] -= dx * half;
                    a[1] -= dy * half;
                    b[0] += dx * half;
                    b[1] += dy * half;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double centreOf(List<String> placed, Map<String, double[]> points) {
        if (placed.isEmpty()) {
            return 0;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String code : placed) {
            min = Math.min(min, points.get(code)[0]);
            max = Math.max(max, points.get(code)[0]);
        }
        return (min + max) / 2;
    }

    /**
     * Rows centred under the states on the map (so that a regional network does not stretch to the far west),
     * kept within the map's width.
     */
    private static void placeInRows(List<String> unplaced, Map<String, double[]> points, double centreX) {
        for (int row = 0; row * PER_ROW < unplaced.size(); row++) {
            List<String> inRow = unplaced.subList(row * PER_ROW, Math.min(unplaced.size(), (row + 1) * PER_ROW));
            double halfWidth = (inRow.size() - 1) * UNPLACED_SPACING / 2;
            double centre = Math.max(-180 + halfWidth, Math.min(180 - halfWidth, centreX));
            double firstX = centre - halfWidth;
            for (int i = 0; i < inRow.size(); i++) {
                points.put(inRow.get(i), new double[] {firstX + i * UNPLACED_SPACING, UNPLACED_ROW_Y - row * ROW_GAP});
            }
        }
    }
}
