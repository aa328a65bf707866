package org.diplomap.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the window shows, kept under a name: the date, the tie types hidden, whether states without an active tie
 * are hidden, the focus state (a code, or null), the layout, the zoom (1 shows everything, smaller is closer) and
 * the point of the layout in the middle of the view. The saved views of a dataset, in order, are its briefing.
 */
public record SavedView(String name, PartialDate date, Set<TieType> hiddenTypes, boolean hideStatesWithoutTies,
                        String focus, LayoutKind layout, double zoom, double centreX, double centreY) {

    public static final double FIT_ZOOM = 1.0;

    public SavedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(layout, "layout");
        // EnumSet first: its order is the types' order, so equal sets print and store alike.
        hiddenTypes = hiddenTypes == null || hiddenTypes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenTypes));
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be a number greater than 0, not " + zoom);
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("centre must be two finite numbers, not " + centreX + ", " + centreY);
        }
    }

    /** A view of the whole network at a date, with nothing hidden and no focus. */
    public static SavedView of(String name, PartialDate date) {
        return new SavedView(name, date, Set.of(), false, null, LayoutKind.NETWORK, FIT_ZOOM, 0, 0);
    }

    /**
     * Whether the view shows the whole network rather than a place in it: zoom 1 with centre (0, 0), the
     * defaults of the file format. Layout coordinates are not centred on the origin, so the window fits the
     * network to itself instead of putting the origin in the middle.
     */
    public boolean fitsAll() {
        return zoom == FIT_ZOOM && centreX == 0 && centreY == 0;
    }
}
