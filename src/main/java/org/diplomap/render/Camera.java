package org.diplomap.render;

import org.diplomap.graph.Layout;

/**
 * Where a view looks: {@code zoom} 1 shows the whole network fitted to the picture and smaller is closer (the
 * share of the fitted span that is shown, as a view percent); {@code centre} is the layout point in the middle of
 * the network area, or null for the middle of the fitted network. Names, dots and lines keep their size on screen
 * whatever the zoom, so zooming in spreads the states apart and makes room for more names.
 *
 * <p>{@code stretch} is the zoom of the vertical axis against the horizontal one, 1 as a rule. After an edit the
 * fit of the network changes (a state added at the edge of the map), and a view that must not move keeps its old
 * scales through a camera whose two axes differ a little.
 */
public record Camera(double zoom, Layout.Point centre, double stretch) {

    /** The whole network, as an export shows it. */
    public static final Camera FIT = new Camera(1, null);

    public Camera {
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be positive, was " + zoom);
        }
        if (!(stretch > 0) || Double.isInfinite(stretch)) {
            throw new IllegalArgumentException("stretch must be positive, was " + stretch);
        }
    }

    /** A camera whose two axes zoom alike. */
    public Camera(double zoom, Layout.Point centre) {
        this(zoom, centre, 1);
    }
}
