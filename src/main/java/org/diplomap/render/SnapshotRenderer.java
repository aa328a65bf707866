package org.diplomap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * Draws the network at a date as a picture for reports: the ties as arrows styled by type, the states as
 * labelled dots, a legend with the number of ties of each type, the date, the title and the source.
 *
 * <p>Only Java2D is used, so it runs without a display and can draw into any {@link Graphics2D}, such as an
 * SVG or PDF one, as well as into an image.
 */
public final class SnapshotRenderer {

    /** Above this many ties shown, ties are drawn the light way (see drawDenseTies). */
    static final int DENSE_TIES = 3_000;
    /** How strongly a tie's colour shows over the background in a dense picture. */
    private static final double DENSE_TIE_OPACITY = 110 / 255.0;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color LEGEND_BORDER = new Color(0xCFCFCF);
    private static final Color SOURCE_TEXT = new Color(0x707070);
    private static final Color ACTIVE_STATE = Color.decode(TieStyle.ACTIVE_STATE_COLOUR);
    private static final Color DORMANT_STATE = Color.decode(TieStyle.DORMANT_STATE_COLOUR);

    /** Draws the scene over the area (0, 0, width, height) of {@code g}; the state of {@code g} is left as it was. */
    public void draw(Graphics2D g, int width, int height, ExportScene scene) {
        draw(g, width, height, scene, TieGroups.NONE);
    }

    /** Lets a vector output mark the elements that make up each tie, so that a reader can find them. */
    interface TieGroups {
        TieGroups NONE = new TieGroups() {
        };

        default void begin(Graphics2D g, Tie tie) {
        }

        default void end(Graphics2D g) {
        }
    }

    void draw(Graphics2D g, int width, int height, ExportScene scene, TieGroups groups) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive, was " + width + "x" + height);
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            setQuality(g2);
            g2.setColor(BACKGROUND);
            g2.fill(new Rectangle2D.Double(0, 0, width, height));

            Page page = Page.of(width, height, scene);
            Map<String, Point2D> places = places(scene, page);
            List<TieMarks.Mark> marks = TieMarks.of(scene.shownTies(), places, page.metrics());
            Set<String> inFocus = inFocus(scene.options().focus(), marks);
            drawTies(g2, marks, inFocus, page.metrics(), groups);
            drawStates(g2, scene, places, marks, inFocus, page, width, height);
            drawCaption(g2, scene, page);
            if (page.legend().getWidth() > 0) {
                drawLegend(g2, scene, page);
            }
            drawSource(g2, scene, width, height, page.metrics());
        } finally {
            g2.dispose();
        }
    }

    public BufferedImage render(ExportScene scene, int width, int height) {
        return render(scene, width, height, 1);
    }

    /**
     * The picture of {@code width} x {@code height} laid out as at scale 1, with {@code scale} times as many
     * pixels each way: the same picture, sharper, for high-density screens and print.
     */
    public BufferedImage render(ExportScene scene, int width, int height, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, was " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            draw(g, width, height, scene);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(ExportScene scene, int width, int height, Path out) throws IOException {
        writePng(scene, width, height, 1, out);
    }

    public void writePng(ExportScene scene, int width, int height, double scale, Path out) throws IOException {
        BufferedImage image = render(scene, width, height, scale);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", out.toFile())) {
            throw new IOException("no PNG writer available to write " + out);
        }
    }

    private static void setQuality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The picture position of every state that exists at the date and has a place in the layout. */
    private static Map<String, Point2D> places(ExportScene scene, Page page) {
        Map<String, Point2D> places = new LinkedHashMap<>();
        for (State state : scene.snapshot().states()) {
            scene.layout().positionOf(state.code())
                    .ifPresent(p -> places.put(state.code(), page.toPicture(p)));
        }
        return places;
    }

    /** The focus and its neighbours through the ties drawn; null when there is no focus. */
    private static Set<String> inFocus(String focus, List<TieMarks.Mark> marks) {
        if (focus == null) {
            return null;
        }
        Set<String> codes = new HashSet<>(Set.of(focus));
        for (TieMarks.Mark mark : marks) {
            if (mark.tie().from().equals(focus) || mark.tie().to().equals(focus)) {
                codes.add(mark.tie().from());
                codes.add(mark.tie().to());
            }
        }
        return codes;
    }

    private static boolean shownInFocus(Set<String> inFocus, String code) {
        return inFocus == null || inFocus.contains(code);
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

    private static void drawTies(Graphics2D g, List<TieMarks.Mark> marks, Set<String> inFocus, Metrics m,
                                 TieGroups groups) {
        // Weaker ties first, so that where lines cross the stronger tie lies on top.
        List<TieMarks.Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparing((TieMarks.Mark mark) -> mark.tie().type()).reversed());
        // Faded ties first, so that the ties in focus are never covered by them.
        ordered.sort(Comparator.comparing((TieMarks.Mark mark) -> inFocus(inFocus, mark)));
        if (ordered.size() > DENSE_TIES) {
            drawDenseTies(g, ordered, inFocus, m, groups);
            return;
        }
        for (TieMarks.Mark mark : ordered) {
            TieStyle style = TieStyle.of(mark.tie().type());
            groups.begin(g, mark.tie());
            g.setColor(inFocus(inFocus, mark) ? colour(style) : faded(colour(style)));
            g.setStroke(stroke(style, m));
            g.draw(mark.line());
            g.fill(mark.arrow());
            groups.end(g);
        }
    }

    /**
     * Thousands of ties: each a thin straight line, without pattern, arrowhead or antialiasing, as in the window.
     * Patterns and curves at this density cost seconds and show nothing but a hairball anyway. The lines are opaque,
     * lightened as if translucent over the background: Java2D draws translucent lines without antialiasing some
     * fifty times slower.
     */
    private static void drawDenseTies(Graphics2D g, List<TieMarks.Mark> ordered, Set<String> inFocus, Metrics m,
                                      TieGroups groups) {
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setStroke(new BasicStroke((float) Math.max(1, m.unit())));
        for (TieMarks.Mark mark : ordered) {
            Color solid = colour(TieStyle.of(mark.tie().type()));
            Color shown = inFocus(inFocus, mark) ? solid : faded(solid);
            groups.begin(g, mark.tie());
            g.setColor(mixedWithBackground(shown, DENSE_TIE_OPACITY));
            Shape line = mark.line();
            if (line instanceof CubicCurve2D curve) {
                g.draw(new Line2D.Double(curve.getP1(), curve.getP2()));
            } else {
                g.draw(line);
            }
            groups.end(g);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    private static boolean inFocus(Set<String> inFocus, TieMarks.Mark mark) {
        return shownInFocus(inFocus, mark.tie().from()) && shownInFocus(inFocus, mark.tie().to());
    }

    static Stroke stroke(TieStyle style, Metrics m) {
        float width = (float) m.tieWidth();
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

    private static void drawStates(Graphics2D g, ExportScene scene, Map<String, Point2D> places,
                                   List<TieMarks.Mark> marks, Set<String> inFocus, Page page, int width,
                                   int height) {
        Metrics m = page.metrics();
        Map<String, Integer> tiesPerState = new HashMap<>();
        for (TieMarks.Mark mark : marks) {
            tiesPerState.merge(mark.tie().from(), 1, Integer::sum);
            tiesPerState.merge(mark.tie().to(), 1, Integer::sum);
        }

        double r = m.nodeRadius();
        g.setStroke(new BasicStroke((float) m.nodeOutline()));
        for (Map.Entry<String, Point2D> place : places.entrySet()) {
            Point2D p = place.getValue();
            Shape dot = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            Color colour = tiesPerState.containsKey(place.getKey()) ? ACTIVE_STATE : DORMANT_STATE;
            g.setColor(shownInFocus(inFocus, place.getKey()) ? colour : faded(colour));
            g.fill(dot);
            // A thin white ring keeps the dot apart from the arrowheads that touch it.
            g.setColor(BACKGROUND);
            g.draw(dot);
        }

        // Names last, so that no line or dot is drawn over one.
        double inset = m.margin() / 2;
        Rectangle2D picture = new Rectangle2D.Double(inset, inset, width - 2 * inset, height - 2 * inset);
        // Among thousands of ties every side of a name crosses some; weighing each crossing costs seconds and
        // changes nothing, so dense pictures place names by dots, names and legend only.
        List<TieMarks.Mark> avoided = marks.size() > DENSE_TIES ? List.of() : marks;
        List<Labels.Label> labels = Labels.place(places, names(scene), avoided, tiesPerState, picture,
                page.legend(), m);
        for (Labels.Label label : labels) {
            Color colour = tiesPerState.containsKey(label.code()) ? ACTIVE_STATE : DORMANT_STATE;
            colour = shownInFocus(inFocus, label.code()) ? colour : faded(colour);
            drawHaloText(g, label.text(), label.baseline(), m.labelFont(), colour, m);
        }
    }

    private static Map<String, String> names(ExportScene scene) {
        Map<String, String> names = new HashMap<>();
        scene.allStates().forEach(s -> names.put(s.code(), s.name()));
        // The snapshot's own names win: they are the ones valid at the date.
        scene.snapshot().states().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    private static void drawHaloText(Graphics2D g, String text, Point2D at, Font font, Color colour, Metrics m) {
        Shape outline = font.createGlyphVector(g.getFontRenderContext(), text)
                .getOutline((float) at.getX(), (float) at.getY());
        g.setColor(BACKGROUND);
        g.setStroke(new BasicStroke((float) (2 * m.halo()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.setFont(font);
        g.drawString(text, (float) at.getX(), (float) at.getY());
    }

    private static void drawCaption(Graphics2D g, ExportScene scene, Page page) {
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

    private static void drawLegend(Graphics2D g, ExportScene scene, Page page) {
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

        Map<TieType, Integer> counts = scene.snapshot().countsByType();
        for (TieType type : scene.shownTypes()) {
            rowTop += Page.legendRow(m);
            // On a pixel centre, so that even a thin sample line shows its full colour.
            double middle = Math.floor(rowTop + m.lineHeight(font) / 2) + 0.5;
            TieStyle style = TieStyle.of(type);
            g.setColor(colour(style));
            g.setStroke(stroke(style, m));
            g.draw(new Line2D.Double(left, middle, left + Page.legendSample(m), middle));

            double baseline = rowTop + ascent;
            g.setColor(ACTIVE_STATE);
            g.setFont(font);
            g.drawString(type.label(), (float) (left + Page.legendSample(m) + Page.legendGap(m)), (float) baseline);
            String count = String.valueOf(counts.getOrDefault(type, 0));
            g.drawString(count, (float) (right - m.textWidth(count, font)), (float) baseline);
        }
    }

    private static void drawSource(Graphics2D g, ExportScene scene, int width, int height, Metrics m) {
        if (scene.shownSource() == null) {
            return;
        }
        Font font = m.sourceFont();
        double baseline = height - m.margin() - (m.lineHeight(font) - m.ascent(font));
        g.setColor(SOURCE_TEXT);
        g.setFont(font);
        String text = fitted(scene.shownSource(), font, width - 2 * m.margin(), m);
        g.drawString(text, (float) m.margin(), (float) baseline);
    }

    /** The text, cut short with an ellipsis if it would not fit in {@code room}. */
    private static String fitted(String text, Font font, double room, Metrics m) {
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
