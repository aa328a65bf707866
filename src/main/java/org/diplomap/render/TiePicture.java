package org.diplomap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomap.graph.Comparison;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.graph.Layout;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The ties of a network of tens of thousands of ties, drawn as one picture for a view to show behind its states:
 * each tie a thin straight line in its type's colour, without pattern, arrowhead or antialiasing. Painting that
 * many lines one by one in the window's software rasteriser takes over a second; into an image with Java2D it
 * takes tens of milliseconds, and it runs on any thread. The display options apply as in the window: hidden types
 * are left out, ties away from the focus are faint, ties gained since a compared date are thicker and ties lost
 * are drawn faint.
 *
 * <p>The lines are opaque, in colours lightened as if translucent over white: Java2D draws translucent lines
 * some fifty times slower, which would take seconds at this size.
 */
public final class TiePicture {

    /** How strongly a tie's colour shows over white (of 255): the rest is white. */
    static final int ALPHA = 0x90;
    static final int DIMMED_ALPHA = 0x18;
    static final int LOST_ALPHA = 0x30;
    private static final Layout.Point ORIGIN = new Layout.Point(0, 0);
    /** Weaker ties first, so that where lines cross the stronger tie lies on top. */
    private static final List<TieType> WEAKEST_FIRST = List.of(TieType.ENGAGEMENT, TieType.AMBASSADOR,
            TieType.RECOGNITION);

    private final LocalDate date;
    private final Viewport viewport;
    private final int[] pixels;

    private TiePicture(LocalDate date, Viewport viewport, int[] pixels) {
        this.date = date;
        this.viewport = viewport;
        this.pixels = pixels;
    }

    /** Draws {@code ties}, active on {@code date}, placed by {@code layout} (a state without a place at 0, 0). */
    public static TiePicture draw(LocalDate date, List<Tie> ties, Comparison comparison, DisplayOptions options,
                                  Layout layout, Viewport viewport) {
        BufferedImage image = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            Set<String> gained = new HashSet<>();
            List<Tie> lost = List.of();
            if (comparison != null) {
                comparison.gained().forEach(tie -> gained.add(tie.id()));
                lost = comparison.lost();
            }
            String focus = options.focus();
            Map<TieType, List<Tie>> inFront = new EnumMap<>(TieType.class);
            List<Tie> gainedInFront = new ArrayList<>();
            // Faint ties at the back, so that the many never cover the few.
            for (Tie tie : lost) {
                if (options.shows(tie.type())) {
                    line(g, tie, LOST_ALPHA, layout, viewport);
                }
            }
            for (Tie tie : ties) {
                if (!options.shows(tie.type())) {
                    continue;
                }
                if (focus != null && !tie.from().equals(focus) && !tie.to().equals(focus)) {
                    line(g, tie, DIMMED_ALPHA, layout, viewport);
                } else if (gained.contains(tie.id())) {
                    gainedInFront.add(tie);
                } else {
                    inFront.computeIfAbsent(tie.type(), type -> new ArrayList<>()).add(tie);
                }
            }
            for (TieType type : WEAKEST_FIRST) {
                for (Tie tie : inFront.getOrDefault(type, List.of())) {
                    line(g, tie, ALPHA, layout, viewport);
                }
            }
            g.setStroke(new BasicStroke(2));
            for (Tie tie : gainedInFront) {
                line(g, tie, 0xFF, layout, viewport);
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new TiePicture(date, viewport, pixels);
    }

    private static void line(Graphics2D g, Tie tie, int alpha, Layout layout, Viewport viewport) {
        Layout.Point from = layout.positionOf(tie.from()).orElse(ORIGIN);
        Layout.Point to = layout.positionOf(tie.to()).orElse(ORIGIN);
        g.setColor(new Color(overWhite(TieStyle.of(tie.type()).rgb(), alpha)));
        g.drawLine((int) Math.round(viewport.pixelX(from.x())), (int) Math.round(viewport.pixelY(from.y())),
                (int) Math.round(viewport.pixelX(to.x())), (int) Math.round(viewport.pixelY(to.y())));
    }

    /** The colour {@code rgb} at {@code alpha} (of 255) over white, as an opaque colour. */
    static int overWhite(int rgb, int alpha) {
        int r = ((rgb >> 16) & 0xFF) * alpha / 255 + 255 - alpha;
        int g = ((rgb >> 8) & 0xFF) * alpha / 255 + 255 - alpha;
        int b = (rgb & 0xFF) * alpha / 255 + 255 - alpha;
        return r << 16 | g << 8 | b;
    }

    /** The date of the network drawn. */
    public LocalDate date() {
        return date;
    }

    /** Where the layout was placed on the picture: the zoom and pan it was drawn for. */
    public Viewport viewport() {
        return viewport;
    }

    /**
     * The picture, premultiplied ARGB row by row ({@code width * height} values), transparent where no tie
     * passes. Shared, not copied: read it, never change it.
     */
    public int[] pixels() {
        return pixels;
    }

    /** The premultiplied ARGB value of a pixel. */
    public int pixel(int x, int y) {
        return pixels[y * viewport.width() + x];
    }
}
