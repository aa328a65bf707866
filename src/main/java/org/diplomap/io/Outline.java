package org.diplomap.io;

import java.util.List;

/**
 * A country's outline. Each polygon is an array of rings, the first its outer edge and any others holes; each
 * ring is a flat array {@code lon0, lat0, lon1, lat1, ...} in degrees whose last point joins its first. The arrays
 * are shared, not copied: do not change them.
 */
public record Outline(String code, List<double[][]> polygons) {

    public Outline {
        polygons = List.copyOf(polygons);
    }
}
