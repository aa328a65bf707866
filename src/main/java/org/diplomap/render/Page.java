package org.diplomap.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.diplomap.graph.Layout;
import org.diplomap.model.State;
import org.diplomap.model.TieType;

/**
 * Where things go on the picture: the caption at the top left, the legend at the top right, the source line
 * at the bottom, and the network in the rest, its layout fitted with the aspect ratio kept.
 *
 * <p>Layout y grows upwards, as in the graph view and in latitude, so it is flipped for the picture.
 */
final class Page {

    static final String LEGEND_HEADING = "Active ties";

    private final Metrics metrics;
    private final Rectangle2D legend;
    private final Rectangle2D network;
    private final double captionRight;
    private final double scale;
    private final double originX;
    private final double originY;
    private final double layoutMinX;
    private final double layoutMaxY;

    private Page(Metrics metrics, Rectangle2D legend, Rectangle2D network, double captionRight, double scale,
                 double originX, double originY, double layoutMinX, double layoutMaxY) {
        this.metrics = metrics;
        this.legend = legend;
        this.network = network;
        this.captionRight = captionRight;
        this.scale = scale;
        this.originX = originX;
        this.originY = originY;
        this.layoutMinX = layoutMinX;
        this.layoutMaxY = layoutMaxY;
    }

    static Page of(int width, int height, ExportScene scene) {
        Metrics m = Metrics.forSize(width, height);
        double margin = m.margin();

        Rectangle2D legend = scene.options().legend() && !scene.shownTypes().isEmpty()
                ? legendBox(m, width, scene.shownTypes(), scene.snapshot().countsByType().values())
                : new Rectangle2D.Double(width - margin, margin, 0, 0);
        double captionHeight = 0;
        if (scene.options().date()) {
            captionHeight += m.lineHeight(m.dateFont());
        }
        if (scene.shownTitle() != null) {
            captionHeight += m.lineHeight(m.titleFont()) + (captionHeight > 0 ? m.labelGap() : 0);
        }
        double headerBottom = margin + Math.max(captionHeight, legend.getHeight());
        double footerTop = height - margin;
        if (scene.shownSource() != null) {
            footerTop -= m.lineHeight(m.sourceFont()) + m.labelGap();
        }

        // Node centres stay far enough from the edges that a label on any side of a node still fits.
        double longestLabel = scene.allStates().stream()
                .mapToDouble(s -> m.textWidth(s.name(), m.labelFont()))
                .max().orElse(0);
        double labelReach = m.nodeRadius() + m.labelGap();
        double insetX = margin + labelReach + longestLabel;
        double insetY = labelReach + m.lineHeight(m.labelFont());
        double top = headerBottom + m.labelGap() + insetY;
        double bottom = footerTop - insetY;
        Rectangle2D network = new Rectangle2D.Double(insetX, top,
                Math.max(0, width - 2 * insetX), Math.max(0, bottom - top));

        return fitted(m, legend, network, legend.getX() - margin, placedPoints(scene));
    }

    private static Rectangle2D legendBox(Metrics m, int width, List<TieType> types, Collection<Integer> counts) {
        double labels = types.stream()
                .mapToDouble(t -> m.textWidth(t.label(), m.legendFont()))
                .max().orElse(0);
        double numbers = counts.stream()
                .mapToDouble(c -> m.textWidth(String.valueOf(c), m.legendFont()))
                .max().orElse(0);
        double rows = labels + numbers + legendSample(m) + 2 * legendGap(m);
        double inner = Math.max(rows, m.textWidth(LEGEND_HEADING, m.legendHeadingFont()));
        double boxWidth = inner + 2 * legendPadding(m);
        double boxHeight = (types.size() + 1) * legendRow(m) + 2 * legendPadding(m) - legendRowSpace(m);
        return new Rectangle2D.Double(width - m.margin() - boxWidth, m.margin(), boxWidth, boxHeight);
    }

    private static List<Layout.Point> placedPoints(ExportScene scene) {
        return scene.allStates().stream()
                .map(State::code)
                .map(scene.layout()::positionOf)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static Page fitted(Metrics m, Rectangle2D legend, Rectangle2D network, double captionRight,
                               List<Layout.Point> points) {
        double minX = points.stream().mapToDouble(Layout.Point::x).min().orElse(0);
        double maxX = points.stream().mapToDouble(Layout.Point::x).max().orElse(0);
        double minY = points.stream().mapToDouble(Layout.Point::y).min().orElse(0);
        double maxY = points.stream().mapToDouble(Layout.Point::y).max().orElse(0);
        double spanX = maxX - minX;
        double spanY = maxY - minY;

        // A side with no extent (one state, or states in a line) puts no bound on the scale.
        double scale = Double.POSITIVE_INFINITY;
        if (spanX > 0) {
            scale = Math.min(scale, network.getWidth() / spanX);
        }
        if (spanY > 0) {
            scale = Math.min(scale, network.getHeight() / spanY);
        }
        if (Double.isInfinite(scale)) {
            scale = 0;
        }
        double originX = network.getCenterX() - spanX * scale / 2;
        double originY = network.getCenterY() - spanY * scale / 2;
        return new Page(m, legend, network, captionRight, scale, originX, originY, minX, maxY);
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

    /** The legend box, in picture pixels. */
    Rectangle2D legend() {
        return legend;
    }

    /** The area the node centres are fitted into. */
    Rectangle2D network() {
        return network;
    }

    /** How far right the caption may reach before it runs into the legend. */
    double captionRight() {
        return captionRight;
    }

    Point2D toPicture(Layout.Point point) {
        Objects.requireNonNull(point, "point");
        return new Point2D.Double(originX + (point.x() - layoutMinX) * scale,
                originY + (layoutMaxY - point.y()) * scale);
    }
}
