package org.diplomap.graph;

import java.util.Map;
import java.util.Optional;

/**
 * Where each state sits, in layout units (any range; views and exports fit it to their size).
 * Computed once for all the states and ties of a dataset so that nothing moves when the date changes.
 */
public record Layout(Map<String, Point> positions) {

    public record Point(double x, double y) {
    }

    public Layout {
        positions = Map.copyOf(positions);
    }

    public Optional<Point> positionOf(String code) {
        return Optional.ofNullable(positions.get(code));
    }
}
