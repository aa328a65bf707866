package org.diplomap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.diplomap.graph.TieStyle;
import org.diplomap.io.Outline;
import org.diplomap.model.Confidence;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.model.WritableText;

/**
 * Draws a {@link Composition}: the map (in the geographic layout), the ties as arrows styled by type, the states as
 * dots with the names that fit, and, as asked, a legend with the number of ties of each type, the date, the title
 * and the source. The window's network and every picture export are drawn by it, so what the user sees is what
 * they export.
 *
 * <p>Only Java2D is used, so it runs without a display and on any thread, and can draw into any
 * {@link Graphics2D}, such as an SVG or PDF one, as well as into an image.
 */
public final class SnapshotRenderer {

    /** How strongly a tie's colour shows over the background in a dense picture. */
    private static final double DENSE_TIE_OPACITY = 0x90 / 255.0;
    /** The same while a state is selected or pointed at: the rest steps back so that its ties stand out. */
    private static final double DENSE_TIE_OPACITY_BEHIND = 0x50 / 255.0;
    private static final double DENSE_DIMMED_OPACITY = 0x18 / 255.0;
    private static final double DENSE_LOST_OPACITY = 0x30 / 255.0;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color LEGEND_BORDER = new Color(0xCFCFCF);
    private static final Color SOURCE_TEXT = new Color(0x707070);
    private static final Color ACTIVE_STATE = Color.decode(TieStyle.ACTIVE_STATE_COLOUR);
    private static final Color DORMANT_STATE = Color.decode(TieStyle.DORMANT_STATE_COLOUR);
    private static final Color SELECTED_STATE = Color.decode(TieStyle.SELECTED_STATE_COLOUR);
    private static final Color ACTIVE_NAME = new Color(0x202020);
    private static final Color DORMANT_NAME = new Color(0x8C8C8C);
    private static final Color MAP_FILL = new Color(0xEEF0F2);
    private static final Color MAP_EDGE = new Color(0xC8CCD2);
    /**
     * Land wholly south of this latitude (Antarctica) is not drawn: no state sits there, and the states that have no
     * place on the map stand in a row at that height.
     */
    private static final double MAP_SOUTHERN_LIMIT = -60;

    /** Draws the scene fitted to the area (0, 0, width, height) of {@code g}; the state of {@code g} is kept. */
    public void draw(Graphics2D g, int width, int height, NetworkScene scene) {
        draw(g, Composition.of(scene, width, height, Camera.FIT), Groups.NONE);
    }

    /** Draws a composition over the area (0, 0, its width, its height) of {@code g}. */
    public void draw(Graphics2D g, Composition composition) {
        draw(g, composition, Groups.NONE);
    }

    /** Lets a vector output mark the elements that make up the map and each tie, so that a reader can find them. */
    interface Groups {
        Groups NONE = new Groups() {
        };

        default void beginTie(Graphics2D g, Tie tie) {
        }

        default void beginMap(Graphics2D g) {
        }

        default void end(Graphics2D g) {
        }
    }

    void draw(Graphics2D g, int width, int height, NetworkScene scene, Groups groups) {
        draw(g, Composition.of(scene, width, height, Camera.FIT), groups);
    }

    void draw(Graphics2D g, Composition c, Groups groups) {
        draw(g, c, groups, null);
    }

    /** With {@code halos} for a raster picture, whose names' halos are kept and reused; null strokes them. */
    private void draw(Graphics2D g, Composition c, Groups groups, NameHalos halos) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            setQuality(g2);
            g2.setColor(BACKGROUND);
            g2.fill(new Rectangle2D.Double(0, 0, c.width(), c.height()));
            if (c.matrix().isPresent()) {
                MatrixRenderer.draw(g2, c);
            } else {
                drawNetwork(g2, c, groups, halos);
            }
            Page page = c.page();
            drawCaption(g2, c.scene(), page);
            if (!page.legend().isEmpty()) {
                drawLegend(g2, c.scene(), page);
            }
            drawSource(g2, c.scene(), page);
        } finally {
            g2.dispose();
        }
    }

    private static void drawNetwork(Graphics2D g2, Composition c, Groups groups, NameHalos halos) {
        if (!c.scene().map().isEmpty()) {
            groups.beginMap(g2);
            drawMap(g2, c);
            groups.end(g2);
        }
        if (c.dense()) {
            drawDenseTies(g2, c, groups);
        } else {
            drawTies(g2, c, groups);
        }
        drawNames(g2, c, halos);
        drawDots(g2, c);
    }

    public BufferedImage render(NetworkScene scene, int width, int height) {
        return render(scene, width, height, 1);
    }

    /**
     * The picture of {@code width} x {@code height} laid out as at scale 1, with {@code scale} times as many
     * pixels each way: the same picture, sharper, for high-density screens and print.
     */
    public BufferedImage render(NetworkScene scene, int width, int height, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, was " + scale);
        }
        return render(Composition.of(scene, width, height, Camera.FIT), scale, BufferedImage.TYPE_INT_RGB);
    }

    /**
     * The picture of a composition in premultiplied ARGB, as a screen shows it: with {@code scale} times its size in
     * pixels each way (the screen's output scale).
     */
    public BufferedImage renderForScreen(Composition composition, double scale) {
        return render(composition, scale, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    private BufferedImage render(Composition composition, double scale, int type) {
        BufferedImage image = new BufferedImage((int) Math.round(composition.width() * scale),
                (int) Math.round(composition.height() * scale), type);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            draw(g, composition, Groups.NONE, NameHalos.SHARED);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(NetworkScene scene, int width, int height, Path out) throws IOException {
        writePng(scene, width, height, 1, out);
    }

    public void writePng(NetworkScene scene, int width, int height, double scale, Path out) throws IOException {
        BufferedImage image = render(scene, width, height, scale);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        PngFiles.write(image, out);
    }

    private static void setQuality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static void drawMap(Graphics2D g, Composition c) {
        Viewport v = c.viewport();
        Rectangle2D picture = new Rectangle2D.Double(0, 0, c.width(), c.height());
        g.setStroke(new BasicStroke((float) (0.8 * c.metrics().unit()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Outline outline : c.scene().map()) {
            for (double[][] rings : outline.polygons()) {
                Path2D.Double shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                boolean southOfEverything = true;
                for (double[] ring : rings) {
                    for (int i = 0; i + 1 < ring.length; i += 2) {
                        southOfEverything &= ring[i + 1] < MAP_SOUTHERN_LIMIT;
                        double x = v.pixelX(ring[i]);
                        double y = v.pixelY(ring[i + 1]);
                        if (i == 0) {
                            shape.moveTo(x, y);
                        } else {
                            shape.lineTo(x, y);
                        }
                    }
                    shape.closePath();
                }
                if (southOfEverything || !shape.intersects(picture)) {
                    continue;
                }
                g.setColor(MAP_FILL);
                g.fill(shape);
                g.setColor(MAP_EDGE);
                g.draw(shape);
            }
        }
    }

    /** The colour mixed mostly with the background: still readable, clearly in the back. */
    private static Color faded(Color colour) {
        return mixedWithBackground(colour, 0.25);
    }

    /** The colour of {@code colour} at the opacity {@code keep} over the background, as an opaque colour. */
    private static Color mixedWithBackground(Color colour, double keep) {
        return new Color(
                (int) Math.round(colour.getRed() * keep + BACKGROUND.getRed() * (1 - keep)),
                (int) Math.round(colour.getGreen() * keep + BACKGROUND.getGreen() * (1 - keep)),
                (int) Math.round(colour.getBlue() * keep + BACKGROUND.getBlue() * (1 - keep)));
    }

    static double confidenceOpacity(Confidence confidence) {
        return TieStyle.confidenceOpacity(confidence);
    }

    /** The colour of a tie as sure as {@code confidence}. */
    private static Color surety(Color colour, Confidence confidence) {
        double keep = confidenceOpacity(confidence);
        return keep == 1 ? colour : mixedWithBackground(colour, keep);
    }

    /** Faint ties at the back, stressed ones in front; among equals, weaker types first so stronger lie on top. */
    private static int depth(Composition.TieLook look) {
        return switch (look) {
            case LOST -> 0;
            case DIMMED -> 1;
            case PLAIN -> 2;
            case GAINED -> 3;
            case STRESSED -> 4;
        };
    }

    private static void drawTies(Graphics2D g, Composition c, Groups groups) {
        Metrics m = c.metrics();
        List<Composition.PlacedTie> ordered = new ArrayList<>(c.ties());
        ordered.sort(Comparator.comparing((Composition.PlacedTie t) -> depth(t.look()))
                .thenComparing(t -> t.tie().type(), Comparator.reverseOrder()));
        for (Composition.PlacedTie placed : ordered) {
            TieStyle style = TieStyle.of(placed.tie().type());
            Color colour = colour(style);
            double widthFactor = 1;
            switch (placed.look()) {
                case DIMMED -> colour = faded(colour);
                case LOST -> colour = mixedWithBackground(colour, 0.33);
                case GAINED -> widthFactor = 2;
                case STRESSED -> widthFactor = 1.6;
                default -> { }
            }
            if (placed.look() != Composition.TieLook.LOST) {
                colour = surety(colour, placed.tie().confidence());
            }
            groups.beginTie(g, placed.tie());
            g.setColor(colour);
            g.setStroke(stroke(style, m, widthFactor));
            g.draw(placed.mark().line());
            if (placed.mark().arrow() != null) {
                g.fill(placed.mark().arrow());
            }
            groups.end(g);
        }
    }

    /**
     * Thousands of ties: each a thin straight line, without pattern, arrowhead or antialiasing. Patterns and curves
     * at this density cost seconds and show nothing but a hairball anyway. The lines are opaque, lightened as if
     * translucent over the background: Java2D draws translucent lines without antialiasing some fifty times slower.
     * They are drawn in an order that mixes the types (by pair, not by type), so that each type shows in about its
     * share of the lines, instead of the type drawn last covering the others.
     */
    private static void drawDenseTies(Graphics2D g, Composition c, Groups groups) {
        Metrics m = c.metrics();
        NetworkScene.Display display = c.scene().display();
        boolean someoneStressed = display.selected() != null || display.hovered() != null;
        // The order's key made once per tie: worked out in the comparison, it cost more than the drawing.
        long[] keyed = new long[c.ties().size()];
        for (int i = 0; i < keyed.length; i++) {
            Composition.PlacedTie placed = c.ties().get(i);
            // Depth, then the mixing number (its sign bit flipped so that it sorts as a signed int), then the
            // position, which keeps ties of equal keys in the composition's order.
            long mix = (mixed(placed.tie()) ^ Integer.MIN_VALUE) & 0xFFFFFFFFL;
            keyed[i] = ((long) depth(placed.look()) << 56) | (mix << 24) | i;
        }
        Arrays.sort(keyed);
        List<Composition.PlacedTie> ordered = new ArrayList<>(keyed.length);
        for (long key : keyed) {
            ordered.add(c.ties().get((int) (key & 0xFFFFFF)));
        }
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        Stroke thin = new BasicStroke((float) Math.max(1, m.unit()));
        Stroke thick = new BasicStroke((float) Math.max(2, 2 * m.unit()));
        // The colour of each type, look and confidence, mixed once for the picture rather than once per tie.
        Color[][][] colours = new Color[TieType.values().length][Composition.TieLook.values().length]
                [Confidence.values().length];
        for (TieType type : TieType.values()) {
            Color solid = colour(TieStyle.of(type));
            for (Composition.TieLook look : Composition.TieLook.values()) {
                double lookKeep = switch (look) {
                    case LOST -> DENSE_LOST_OPACITY;
                    case DIMMED -> DENSE_DIMMED_OPACITY;
                    case PLAIN -> someoneStressed ? DENSE_TIE_OPACITY_BEHIND : DENSE_TIE_OPACITY;
                    case GAINED, STRESSED -> 1;
                };
                for (Confidence confidence : Confidence.values()) {
                    double keep = look == Composition.TieLook.LOST ? lookKeep
                            : lookKeep * confidenceOpacity(confidence);
                    colours[type.ordinal()][look.ordinal()][confidence.ordinal()] =
                            keep == 1 ? solid : mixedWithBackground(solid, keep);
                }
            }
        }
        for (Composition.PlacedTie placed : ordered) {
            boolean front = placed.look() == Composition.TieLook.GAINED
                    || placed.look() == Composition.TieLook.STRESSED;
            groups.beginTie(g, placed.tie());
            g.setStroke(front ? thick : thin);
            g.setColor(colours[placed.tie().type().ordinal()][placed.look().ordinal()]
                    [placed.tie().confidence().ordinal()]);
            g.draw(placed.mark().line());
            groups.end(g);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    /** A drawing order that depends on the pair of states only, the same at every date, and mixes the types. */
    private static int mixed(Tie tie) {
        String a = tie.from().compareTo(tie.to()) < 0 ? tie.from() : tie.to();
        String b = a.equals(tie.from()) ? tie.to() : tie.from();
        int h = joinedHash(a, b) * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** {@code (a + "|" + b).hashCode()}, without making the string for every tie of every picture. */
    static int joinedHash(String a, String b) {
        int h = a.hashCode() * 31 + '|';
        int power = 1;
        for (int i = 0; i < b.length(); i++) {
            power *= 31;
        }
        return h * power + b.hashCode();
    }

    static Stroke stroke(TieStyle style, Metrics m) {
        return stroke(style, m, 1);
    }

    private static Stroke stroke(TieStyle style, Metrics m, double widthFactor) {
        float width = (float) (m.tieWidth() * widthFactor);
        float u = (float) m.unit();
        return switch (style.pattern()) {
            case SOLID -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {8 * u, 4.5f * u}, 0f);
            // Round caps on very short dashes make round dots; a slightly wider line keeps them as visible
            // as a solid line of the same width.
            case DOTTED -> new BasicStroke(width * 1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {0.1f * u, 5f * u}, 0f);
        };
    }

    private static Color colour(TieStyle style) {
        return new Color(style.rgb());
    }

    private static void drawDots(Graphics2D g, Composition c) {
        Metrics m = c.metrics();
        double r = m.nodeRadius();
        String hovered = c.scene().display().hovered();
        for (Map.Entry<String, Point2D> place : c.places().entrySet()) {
            Point2D p = place.getValue();
            Composition.StateLook look = c.lookOf(place.getKey()).orElseThrow();
            Shape dot = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            g.setColor(switch (look) {
                case ACTIVE -> ACTIVE_STATE;
                case DORMANT -> DORMANT_STATE;
                case SELECTED -> SELECTED_STATE;
                case ACTIVE_DIMMED -> faded(ACTIVE_STATE);
                case DORMANT_DIMMED -> faded(DORMANT_STATE);
            });
            g.fill(dot);
            // A thin ring keeps the dot apart from the lines that touch it; the selected and pointed-at ones get a
            // dark ring that marks them out.
            boolean marked = look == Composition.StateLook.SELECTED || place.getKey().equals(hovered);
            g.setColor(marked ? ACTIVE_NAME : BACKGROUND);
            g.setStroke(new BasicStroke((float) (marked ? 2 * m.nodeOutline() : m.nodeOutline())));
            g.draw(dot);
        }
    }

    private static void drawNames(Graphics2D g, Composition c, NameHalos halos) {
        Metrics m = c.metrics();
        for (Labels.Label label : c.labels()) {
            Color colour = switch (c.lookOf(label.code()).orElseThrow()) {
                case ACTIVE, SELECTED -> ACTIVE_NAME;
                case DORMANT -> DORMANT_NAME;
                case ACTIVE_DIMMED, DORMANT_DIMMED -> faded(ACTIVE_NAME);
            };
            drawHaloText(g, label.text(), label.baseline(), m.labelFont(), colour, m, halos);
        }
    }

    private static void drawHaloText(Graphics2D g, String shown, Point2D at, Font font, Color colour, Metrics m,
                                     NameHalos halos) {
        String text = oneLine(shown);
        float width = (float) (2 * m.halo());
        if (halos == null || !halos.draw(g, text, at, font, width, BACKGROUND)) {
            Shape outline = font.createGlyphVector(g.getFontRenderContext(), text)
                    .getOutline((float) at.getX(), (float) at.getY());
            g.setColor(BACKGROUND);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(colour);
        g.setFont(font);
        g.drawString(text, (float) at.getX(), (float) at.getY());
    }

    private static void drawCaption(Graphics2D g, NetworkScene scene, Page page) {
        Metrics m = page.metrics();
        double x = m.margin();
        double room = page.captionRight() - x;
        double y = m.margin();
        g.setColor(ACTIVE_STATE);
        if (scene.options().date()) {
            g.setFont(m.dateFont());
            g.drawString(scene.snapshot().date().toString(), (float) x, (float) (y + m.ascent(m.dateFont())));
            y += m.lineHeight(m.dateFont()) + m.labelGap();
        }
        if (scene.shownTitle() != null) {
            g.setFont(m.titleFont());
            g.drawString(fitted(scene.shownTitle(), m.titleFont(), room, m), (float) x,
                    (float) (y + m.ascent(m.titleFont())));
        }
    }

    private static void drawLegend(Graphics2D g, NetworkScene scene, Page page) {
        Metrics m = page.metrics();
        Rectangle2D box = page.legend();
        double corner = 8 * m.unit();
        Shape frame = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                corner, corner);
        g.setColor(BACKGROUND);
        g.fill(frame);
        g.setColor(LEGEND_BORDER);
        g.setStroke(new BasicStroke((float) m.unit()));
        g.draw(frame);

        double pad = Page.legendPadding(m);
        double left = box.getX() + pad;
        double right = box.getMaxX() - pad;
        double rowTop = box.getY() + pad;
        Font font = m.legendFont();
        double ascent = m.ascent(font);

        g.setColor(ACTIVE_STATE);
        g.setFont(m.legendHeadingFont());
        g.drawString(Page.LEGEND_HEADING, (float) left, (float) (rowTop + ascent));

        Map<TieType, Integer> counts = scene.shownCounts();
        for (TieType type : scene.shownTypes()) {
            rowTop += Page.legendRow(m);
            // On a pixel centre, so that even a thin sample line shows its full colour.
            double middle = Math.floor(rowTop + m.lineHeight(font) / 2) + 0.5;
            TieStyle style = TieStyle.of(type);
            if (scene.matrix()) {
                double side = m.lineHeight(font);
                MatrixRenderer.drawLegendSample(g, type, left + (Page.legendSample(m) - side) / 2, rowTop, side);
            } else {
                g.setColor(colour(style));
                g.setStroke(stroke(style, m));
                g.draw(new Line2D.Double(left, middle, left + Page.legendSample(m), middle));
            }

            double baseline = rowTop + ascent;
            g.setColor(ACTIVE_STATE);
            g.setFont(font);
            g.drawString(type.label(), (float) (left + Page.legendSample(m) + Page.legendGap(m)), (float) baseline);
            String count = String.valueOf(counts.getOrDefault(type, 0));
            g.drawString(count, (float) (right - m.textWidth(count, font)), (float) baseline);
        }
        List<Confidence> fainter = scene.fainterConfidences();
        if (!fainter.isEmpty()) {
            // One sample line in one piece per confidence, lighter then fainter, beside the words that name them.
            rowTop += Page.legendRow(m);
            double middle = Math.floor(rowTop + m.lineHeight(font) / 2) + 0.5;
            double piece = Page.legendSample(m) / fainter.size();
            g.setStroke(new BasicStroke((float) m.tieWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < fainter.size(); i++) {
                g.setColor(surety(ACTIVE_STATE, fainter.get(i)));
                g.draw(new Line2D.Double(left + i * piece, middle, left + (i + 1) * piece, middle));
            }
            g.setColor(ACTIVE_STATE);
            g.setFont(font);
            g.drawString(TieStyle.confidenceKey(fainter), (float) (left + Page.legendSample(m) + Page.legendGap(m)),
                    (float) (rowTop + ascent));
        }
    }

    private static void drawSource(Graphics2D g, NetworkScene scene, Page page) {
        if (scene.shownSource() == null) {
            return;
        }
        Metrics m = page.metrics();
        Font font = m.sourceFont();
        Rectangle2D box = page.source();
        g.setColor(SOURCE_TEXT);
        g.setFont(font);
        String text = fitted(scene.shownSource(), font, box.getWidth() + 1, m);
        g.drawString(text, (float) box.getX(), (float) (box.getY() + m.ascent(font)));
    }

    /**
     * A text drawn on one line: tabs and line breaks as spaces, as no font has a glyph for them (the PDF writer
     * fails on them), and what {@link WritableText} forbids replaced, so that SVG stays XML.
     */
    static String oneLine(String text) {
        return WritableText.replacingForbidden(text).replaceAll("[\\t\\r\\n]", " ");
    }

    /** The text on one line, cut with an ellipsis where it is wider than the room. */
    static String fitted(String shown, Font font, double room, Metrics m) {
        String text = oneLine(shown);
        if (m.textWidth(text, font) <= room) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && m.textWidth(text.substring(0, end).stripTrailing() + ellipsis, font) > room) {
            end--;
        }
        return end == 0 ? "" : text.substring(0, end).stripTrailing() + ellipsis;
    }
}
