package org.diplomap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomap.graph.Comparison;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.graph.Layout;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Tie;

/**
 * The ties of a network of tens of thousands of ties, drawn as one picture for a view to show behind its states:
 * each tie a thin straight line in its type's colour, translucent, without pattern, arrowhead or antialiasing.
 * Painting that many lines one by one in the window's software rasteriser takes over a second; into an image with
 * Java2D it takes milliseconds, and it runs on any thread. The display options apply as in the window: hidden
 * types are left out, ties away from the focus are faint, ties gained since a compared date are thicker and ties
 * lost are drawn faint.
 */
public final class TiePicture {

    static final int ALPHA = 0x90;
    static final int DIMMED_ALPHA = 0x18;
    static final int LOST_ALPHA = 0x30;
    private static final Layout.Point ORIGIN = new Layout.Point(0, 0);

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
            g.setComposite(AlphaComposite.SrcOver);
            Set<String> gained = new HashSet<>();
            List<Tie> lost = List.of();
            if (comparison != null) {
                comparison.gained().forEach(tie -> gained.add(tie.id()));
                lost = comparison.lost();
            }
            String focus = options.focus();
            List<Tie> inFront = new ArrayList<>();
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
                } else {
                    inFront.add(tie);
                }
            }
            // Ties of the focus and gained ties over the faint ones, so that the many never cover the few.
            List<Tie> gainedInFront = new ArrayList<>();
            for (Tie tie : inFront) {
                if (gained.contains(tie.id())) {
                    gainedInFront.add(tie);
                } else {
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
        g.setColor(new Color(TieStyle.of(tie.type()).rgb() | alpha << 24, true));
        g.drawLine((int) Math.round(viewport.pixelX(from.x())), (int) Math.round(viewport.pixelY(from.y())),
                (int) Math.round(viewport.pixelX(to.x())), (int) Math.round(viewport.pixelY(to.y())));
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
