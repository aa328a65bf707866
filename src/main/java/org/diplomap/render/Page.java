package org.diplomap.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.diplomap.graph.Layout;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Confidence;
import org.diplomap.model.State;
import org.diplomap.model.TieType;

/**
 * Where things go on a picture: the caption (date and title) at the top left, the legend at the top right, the
 * source line at the bottom left, and the network over the whole picture. The network is fitted to the picture's
 * own shape (the network layout stretched to fill both ways; the geographic one, being a map, stretched by at most
 * half as much again one way as the other); the caption, legend and source take no band of their own but stand in
 * the corners, and the network gives way to them only as far as a state would otherwise lie under one of them.
 *
 * <p>Layout y grows upwards, as in GraphStream and in latitude, so it is flipped for the picture.
 */
final class Page {

    static final String LEGEND_HEADING = "Active ties";

    /** Steps in which each side of the network area may move in to give way to a box beside it. */
    private static final int GIVE_WAY_STEPS = 6;
    /** How much more a map may be stretched one way than the other. */
    private static final double MAP_STRETCH = 1.5;

    /** How the layout is fitted to the network area before any zoom or pan. */
    record Fit(double areaCentreX, double areaCentreY, double scaleX, double scaleY, double layoutCentreX,
               double layoutCentreY) {

        /** Where the layout falls on the picture through a camera. */
        Viewport viewport(int width, int height, Camera camera) {
            double sx = scaleX / camera.zoom();
            double sy = -scaleY / (camera.zoom() * camera.stretch());
            double cx = camera.centre() == null ? layoutCentreX : camera.centre().x();
            double cy = camera.centre() == null ? layoutCentreY : camera.centre().y();
            return new Viewport(width, height, sx, sy, areaCentreX - sx * cx, areaCentreY - sy * cy);
        }
    }

    private final Metrics metrics;
    private final Rectangle2D caption;
    private final Rectangle2D legend;
    private final Rectangle2D source;
    private final List<Rectangle2D> keptClear;
    private final Rectangle2D network;
    private final Fit fit;

    private Page(Metrics metrics, Rectangle2D caption, Rectangle2D legend, Rectangle2D source,
                 List<Rectangle2D> keptClear, Rectangle2D network, Fit fit) {
        this.metrics = metrics;
        this.caption = caption;
        this.legend = legend;
        this.source = source;
        this.keptClear = keptClear;
        this.network = network;
        this.fit = fit;
    }

    static Page of(int width, int height, NetworkScene scene) {
        List<Layout.Point> points = placedPoints(scene);
        Metrics m = Metrics.forSize(width, height).crowdedBy(points.size(), (double) width * height);
        double margin = m.margin();
        Rectangle2D legend = scene.options().legend() && !scene.shownTypes().isEmpty()
                ? legendBox(m, width, scene.shownTypes(), scene.fainterConfidences(), scene.shownCounts().values())
                : empty();
        double captionRight = (legend.isEmpty() ? width - margin : legend.getX()) - margin;
        double captionWidth = 0;
        double captionHeight = 0;
        if (scene.options().date()) {
            captionWidth = m.textWidth(scene.snapshot().date().toString(), m.dateFont());
            captionHeight = m.lineHeight(m.dateFont());
        }
        if (scene.shownTitle() != null) {
            captionWidth = Math.max(captionWidth, Math.min(captionRight - margin,
                    m.textWidth(scene.shownTitle(), m.titleFont())));
            captionHeight += m.lineHeight(m.titleFont()) + (captionHeight > 0 ? m.labelGap() : 0);
        }
        Rectangle2D caption = captionHeight > 0
                ? new Rectangle2D.Double(margin, margin, captionWidth, captionHeight) : empty();
        Rectangle2D source = empty();
        if (scene.shownSource() != null) {
            double lineHeight = m.lineHeight(m.sourceFont());
            source = new Rectangle2D.Double(margin, height - margin - lineHeight,
                    Math.min(width - 2 * margin, m.textWidth(scene.shownSource(), m.sourceFont())), lineHeight);
        }

        // Dots stay inside half the margin; a name finds the side of its dot that has room.
        double inset = margin / 2 + m.nodeRadius() + m.nodeOutline();
        Rectangle2D outer = new Rectangle2D.Double(inset, inset, Math.max(0, width - 2 * inset),
                Math.max(0, height - 2 * inset));
        List<Rectangle2D> boxes = new ArrayList<>();
        List<Rectangle2D> kept = new ArrayList<>(List.of(caption, legend, source));
        kept.addAll(scene.display().keepClear());
        for (Rectangle2D box : kept) {
            if (!box.isEmpty()) {
                // A dot must keep clear of a box by its radius and a gap, so that its name can still go beside it.
                double clear = m.nodeRadius() + m.nodeOutline() + m.labelGap();
                boxes.add(new Rectangle2D.Double(box.getX() - clear, box.getY() - clear,
                        box.getWidth() + 2 * clear, box.getHeight() + 2 * clear));
            }
        }
        Rectangle2D network = giveWay(outer, points, boxes, scene.keepsProportions());
        return new Page(m, caption, legend, source, scene.display().keepClear(), network,
                fitted(network, points, scene.keepsProportions()));
    }

    private static Rectangle2D empty() {
        return new Rectangle2D.Double();
    }

    /**
     * The largest network area, from the whole picture down, in which no state falls under the caption, the legend or
     * the source line: each side next to a box may move in, in small steps, as far as the box reaches, and of the
     * areas that leave every box clear the largest is taken. A caption in the top left corner thus costs either a
     * strip at the top or one at the left, whichever keeps more of the picture, and nothing when no state lies there.
     */
    private static Rectangle2D giveWay(Rectangle2D outer, List<Layout.Point> points, List<Rectangle2D> boxes,
                                       boolean keepProportions) {
        if (boxes.isEmpty() || points.isEmpty()) {
            return outer;
        }
        double top = 0;
        double bottom = 0;
        double left = 0;
        double right = 0;
        for (Rectangle2D box : boxes) {
            if (box.getCenterY() < outer.getCenterY()) {
                top = Math.max(top, box.getMaxY() - outer.getY());
            } else {
                bottom = Math.max(bottom, outer.getMaxY() - box.getY());
            }
            if (box.getCenterX() < outer.getCenterX()) {
                left = Math.max(left, box.getMaxX() - outer.getX());
            } else {
                right = Math.max(right, outer.getMaxX() - box.getX());
            }
        }
        List<Rectangle2D> candidates = new ArrayList<>();
        int n = GIVE_WAY_STEPS;
        for (int t = 0; t <= n; t++) {
            for (int b = 0; b <= n; b++) {
                for (int l = 0; l <= n; l++) {
                    for (int r = 0; r <= n; r++) {
                        double x0 = outer.getX() + left * l / n;
                        double y0 = outer.getY() + top * t / n;
                        double x1 = outer.getMaxX() - right * r / n;
                        double y1 = outer.getMaxY() - bottom * b / n;
                        candidates.add(new Rectangle2D.Double(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Rectangle2D a) -> -a.getWidth() * a.getHeight()));
        for (Rectangle2D area : candidates) {
            if (clearOf(area, points, boxes, keepProportions)) {
                return area;
            }
        }
        // No area keeps every box clear (a small picture with a large frame): a band under the boxes if it leaves
        // most of the height, else the whole picture, the boxes over the network.
        double bandHeight = outer.getHeight() - top - bottom;
        return bandHeight >= outer.getHeight() / 2
                ? new Rectangle2D.Double(outer.getX(), outer.getY() + top, outer.getWidth(), bandHeight)
                : outer;
    }

    private static boolean clearOf(Rectangle2D area, List<Layout.Point> points, List<Rectangle2D> boxes,
                                   boolean keepProportions) {
        Fit fit = fitted(area, points, keepProportions);
        for (Layout.Point p : points) {
            double x = fit.areaCentreX() + fit.scaleX() * (p.x() - fit.layoutCentreX());
            double y = fit.areaCentreY() - fit.scaleY() * (p.y() - fit.layoutCentreY());
            for (Rectangle2D box : boxes) {
                if (box.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Fit fitted(Rectangle2D area, List<Layout.Point> points, boolean keepProportions) {
        double minX = points.stream().mapToDouble(Layout.Point::x).min().orElse(0);
        double maxX = points.stream().mapToDouble(Layout.Point::x).max().orElse(0);
        double minY = points.stream().mapToDouble(Layout.Point::y).min().orElse(0);
        double maxY = points.stream().mapToDouble(Layout.Point::y).max().orElse(0);
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scaleX = spanX > 0 ? area.getWidth() / spanX : Double.POSITIVE_INFINITY;
        double scaleY = spanY > 0 ? area.getHeight() / spanY : Double.POSITIVE_INFINITY;
        if (keepProportions) {
            // A map may be stretched a little, as projections of the world are, to fill a picture of another shape.
            scaleX = Math.min(scaleX, scaleY * MAP_STRETCH);
            scaleY = Math.min(scaleY, scaleX * MAP_STRETCH);
        }
        // A side with no extent (one state, or states in a line) has any scale: that of the other side, or one.
        if (Double.isInfinite(scaleX) && Double.isInfinite(scaleY) || scaleX == 0 || scaleY == 0) {
            scaleX = 1;
            scaleY = 1;
        } else if (Double.isInfinite(scaleX)) {
            scaleX = scaleY;
        } else if (Double.isInfinite(scaleY)) {
            scaleY = scaleX;
        }
        return new Fit(area.getCenterX(), area.getCenterY(), scaleX, scaleY, (minX + maxX) / 2, (minY + maxY) / 2);
    }

    private static Rectangle2D legendBox(Metrics m, int width, List<TieType> types, List<Confidence> fainter,
                                         Collection<Integer> counts) {
        double labels = Math.max(types.stream()
                .mapToDouble(t -> m.textWidth(t.label(), m.legendFont()))
                .max().orElse(0), fainter.stream()
                .mapToDouble(c -> m.textWidth(TieStyle.confidenceKey(fainter), m.legendFont()))
                .max().orElse(0));
        // Room for five digits whatever the counts: the legend, and so the network's place, stays the same from one
        // date to the next, as the frames of an animation need.
        double numbers = counts.stream()
                .mapToDouble(c -> m.textWidth(String.valueOf(c), m.legendFont()))
                .max().orElse(0);
        numbers = Math.max(numbers, m.textWidth("00000", m.legendFont()));
        double rows = labels + numbers + legendSample(m) + 2 * legendGap(m);
        double inner = Math.max(rows, m.textWidth(LEGEND_HEADING, m.legendHeadingFont()));
        double boxWidth = inner + 2 * legendPadding(m);
        // The less sure ties take one row, however many confidences it names: the legend stays short.
        double boxHeight = (types.size() + (fainter.isEmpty() ? 0 : 1) + 1) * legendRow(m) + 2 * legendPadding(m)
                - legendRowSpace(m);
        return new Rectangle2D.Double(width - m.margin() - boxWidth, m.margin(), boxWidth, boxHeight);
    }

    private static List<Layout.Point> placedPoints(NetworkScene scene) {
        return scene.allStates().stream()
                .map(State::code)
                .map(scene.layout()::positionOf)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    static double legendPadding(Metrics m) {
        return 12 * m.unit();
    }

    static double legendSample(Metrics m) {
        return 40 * m.unit();
    }

    static double legendGap(Metrics m) {
        return 12 * m.unit();
    }

    static double legendRowSpace(Metrics m) {
        return 9 * m.unit();
    }

    static double legendRow(Metrics m) {
        return m.lineHeight(m.legendFont()) + legendRowSpace(m);
    }

    Metrics metrics() {
        return metrics;
    }

    /** The legend box, in picture pixels; empty when there is no legend. */
    Rectangle2D legend() {
        return legend;
    }

    /** The caption box (date and title); empty when neither is drawn. */
    Rectangle2D caption() {
        return caption;
    }

    /** The source line's box; empty when it is not drawn. */
    Rectangle2D source() {
        return source;
    }

    /** The boxes that names must keep clear of: the caption, legend and source, and what the viewer covers. */
    List<Rectangle2D> boxes() {
        List<Rectangle2D> boxes = new ArrayList<>(List.of(caption, legend, source));
        boxes.addAll(keptClear);
        return boxes.stream().filter(b -> !b.isEmpty()).toList();
    }

    /** The area the dot centres are fitted into. */
    Rectangle2D network() {
        return network;
    }

    /** How far right the caption may reach before it runs into the legend. */
    double captionRight() {
        return (legend.isEmpty() ? network.getMaxX() + metrics.nodeRadius() + metrics.labelGap() : legend.getX())
                - metrics.margin();
    }

    Fit fit() {
        return fit;
    }

    /** The same page with another area and fit for what it shows: the grid of the matrix layout. */
    Page withFit(Rectangle2D area, Fit newFit) {
        return new Page(metrics, caption, legend, source, keptClear, area, newFit);
    }

    /** Where a layout point falls on the picture when the whole network is shown. */
    Point2D toPicture(Layout.Point point) {
        return new Point2D.Double(fit.areaCentreX() + fit.scaleX() * (point.x() - fit.layoutCentreX()),
                fit.areaCentreY() - fit.scaleY() * (point.y() - fit.layoutCentreY()));
    }
}
