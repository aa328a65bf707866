package org.diplomap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Confidence;
import org.diplomap.model.TieType;

/**
 * Draws the matrix of a {@link Composition}: a light block for each pair of groups of the order, the selected and
 * pointed-at states' row and column as bands, and in each cell up to three upright strips, one per tie type at a
 * fixed place (recognition left, accepted ambassador in the middle, partial engagement right), in the type's colour.
 * Where a cell is large enough the strips carry the types' patterns too (solid, dashes, dots), as the network's
 * lines do, so the matrix reads in greyscale by place and by pattern. Cells too small for three strips show the
 * strongest type.
 */
final class MatrixRenderer {

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color BLOCK = new Color(0xF3F4F6);
    private static final Color DIAGONAL = new Color(0xDADDE2);
    private static final Color SELECTED = Color.decode(TieStyle.SELECTED_STATE_COLOUR);
    private static final Color SELECTED_BAND = mixed(SELECTED, 0.22);
    private static final Color HOVERED_BAND = new Color(0xE3EAF3);
    private static final Color NAME = new Color(0x202020);
    private static final Color DORMANT_NAME = new Color(0x8C8C8C);
    private static final Color AXIS_NOTE = new Color(0x707070);
    private static final Color GAINED_FRAME = new Color(0x202020);
    /** From this side in pixels a cell's strips carry their type's pattern. */
    private static final double PATTERN_CELL = 12;
    /** From this side in pixels cells keep a thin white gap between them. */
    private static final double SPACED_CELL = 5;

    private MatrixRenderer() {
    }

    static void draw(Graphics2D g, Composition c) {
        MatrixGrid grid = c.matrix().orElseThrow();
        Metrics m = c.metrics();
        NetworkScene scene = c.scene();
        Rectangle2D area = grid.grid();
        Shape clip = g.getClip();
        g.clip(area);
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // Cells meet edge to edge: without antialiasing each pixel goes to one cell, and thousands fill fast.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        drawBlocks(g, grid);
        String hovered = scene.display().hovered();
        String selected = scene.display().selected();
        if (hovered != null && !hovered.equals(selected)) {
            drawBands(g, grid, hovered, HOVERED_BAND);
        }
        if (selected != null) {
            drawBands(g, grid, selected, SELECTED_BAND);
        }
        drawDiagonal(g, grid);
        drawCells(g, grid, scene, m);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        if (selected != null) {
            outlineBands(g, grid, selected, m);
        }
        g.setClip(clip);
        drawNames(g, grid, c);
        drawAxisNote(g, grid, c);
    }

    /** A light block behind each pair of groups: the gaps between them show where the order's groups meet. */
    private static void drawBlocks(Graphics2D g, MatrixGrid grid) {
        Map<Integer, double[]> extents = new HashMap<>();
        for (MatrixGrid.Slot slot : grid.slots()) {
            extents.merge(slot.group(), new double[] {slot.position(), slot.position()},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Viewport v = grid.viewport();
        g.setColor(BLOCK);
        for (double[] rows : extents.values()) {
            for (double[] columns : extents.values()) {
                double x0 = v.pixelX(columns[0] - 0.5);
                double x1 = v.pixelX(columns[1] + 0.5);
                double y0 = v.pixelY(-(rows[0] - 0.5));
                double y1 = v.pixelY(-(rows[1] + 0.5));
                g.fill(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
            }
        }
    }

    private static void drawBands(Graphics2D g, MatrixGrid grid, String code, Color colour) {
        Rectangle2D area = grid.grid();
        grid.cellBounds(code, code).ifPresent(cell -> {
            g.setColor(colour);
            g.fill(new Rectangle2D.Double(area.getX(), cell.getY(), area.getWidth(), cell.getHeight()));
            g.fill(new Rectangle2D.Double(cell.getX(), area.getY(), cell.getWidth(), area.getHeight()));
        });
    }

    private static void outlineBands(Graphics2D g, MatrixGrid grid, String code, Metrics m) {
        Rectangle2D area = grid.grid();
        grid.cellBounds(code, code).ifPresent(cell -> {
            g.setColor(SELECTED);
            g.setStroke(new BasicStroke((float) Math.max(1, m.unit())));
            g.draw(new Rectangle2D.Double(area.getX(), cell.getY(), area.getWidth(), cell.getHeight()));
            g.draw(new Rectangle2D.Double(cell.getX(), area.getY(), cell.getWidth(), area.getHeight()));
        });
    }

    private static void drawDiagonal(Graphics2D g, MatrixGrid grid) {
        g.setColor(DIAGONAL);
        for (MatrixGrid.Slot slot : grid.slots()) {
            if (slot.exists()) {
                grid.cellBounds(slot.code(), slot.code()).ifPresent(g::fill);
            }
        }
    }

    private static void drawCells(Graphics2D g, MatrixGrid grid, NetworkScene scene, Metrics m) {
        Rectangle2D area = grid.grid();
        double size = grid.cellSize();
        double inset = size >= SPACED_CELL ? Math.max(1, size * 0.08) : 0;
        String focus = scene.options().focus();
        Map<TieType, Color> solid = new HashMap<>();
        Map<TieType, Color> faded = new HashMap<>();
        Map<TieType, Color> lost = new HashMap<>();
        for (TieType type : TieType.values()) {
            Color colour = new Color(TieStyle.of(type).rgb());
            solid.put(type, colour);
            faded.put(type, mixed(colour, 0.25));
            lost.put(type, mixed(colour, 0.33));
        }
        for (MatrixGrid.Marks marks : grid.marks().values()) {
            Rectangle2D cell = grid.cellBounds(marks.from(), marks.to()).orElseThrow();
            if (!cell.intersects(area)) {
                continue;
            }
            boolean dimmed = focus != null && !focus.equals(marks.from()) && !focus.equals(marks.to());
            Rectangle2D inner = new Rectangle2D.Double(cell.getX() + inset, cell.getY() + inset,
                    cell.getWidth() - 2 * inset, cell.getHeight() - 2 * inset);
            if (inner.getWidth() < 3 || inner.getHeight() < 1) {
                // No room for three strips: the strongest type present fills the cell.
                TieType strongest = strongest(marks.active());
                if (strongest != null) {
                    g.setColor(sure((dimmed ? faded : solid).get(strongest), marks, strongest));
                } else {
                    strongest = strongest(marks.lost());
                    if (strongest == null) {
                        continue;
                    }
                    g.setColor(lost.get(strongest));
                }
                g.fill(inner);
                continue;
            }
            double third = inner.getWidth() / 3;
            for (TieType type : TieType.values()) {
                boolean active = marks.active().contains(type);
                if (!active && !marks.lost().contains(type)) {
                    continue;
                }
                Color colour = !active ? lost.get(type) : sure(dimmed ? faded.get(type) : solid.get(type), marks, type);
                Rectangle2D strip = new Rectangle2D.Double(inner.getX() + type.ordinal() * third, inner.getY(),
                        third, inner.getHeight());
                drawStrip(g, strip, TieStyle.of(type).pattern(), colour, size >= PATTERN_CELL);
            }
            if (!marks.gained().isEmpty() && size >= SPACED_CELL) {
                g.setColor(GAINED_FRAME);
                g.setStroke(new BasicStroke((float) Math.max(1, m.unit())));
                g.draw(inner);
            }
        }
    }

    /** One type's strip: solid, or as a column of dashes or of dots where the cell is large enough to show them. */
    static void drawStrip(Graphics2D g, Rectangle2D strip, TieStyle.LinePattern pattern, Color colour,
                          boolean patterned) {
        g.setColor(colour);
        if (!patterned || pattern == TieStyle.LinePattern.SOLID) {
            g.fill(strip);
            return;
        }
        double w = strip.getWidth();
        if (pattern == TieStyle.LinePattern.DASHED) {
            double dash = Math.max(2, strip.getHeight() / 4);
            double gapBetween = dash / 2;
            for (double y = strip.getY(); y < strip.getMaxY() - 0.5; y += dash + gapBetween) {
                g.fill(new Rectangle2D.Double(strip.getX(), y, w, Math.min(dash, strip.getMaxY() - y)));
            }
        } else {
            Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double d = Math.max(2, w * 0.8);
            int count = Math.max(1, (int) Math.floor(strip.getHeight() / (d * 1.6)));
            double step = strip.getHeight() / count;
            for (int i = 0; i < count; i++) {
                double cy = strip.getY() + step * (i + 0.5);
                g.fill(new Ellipse2D.Double(strip.getCenterX() - d / 2, cy - d / 2, d, d));
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        }
    }

    private static TieType strongest(Set<TieType> types) {
        for (TieType type : TieType.values()) {
            if (types.contains(type)) {
                return type;
            }
        }
        return null;
    }

    private static void drawNames(Graphics2D g, MatrixGrid grid, Composition c) {
        Metrics m = c.metrics();
        Font font = grid.nameFont();
        Font bold = font.deriveFont(Font.BOLD);
        String selected = c.scene().display().selected();
        String hovered = c.scene().display().hovered();
        double ascent = m.ascent(font);
        double height = m.lineHeight(font);
        for (MatrixGrid.AxisName name : grid.axisNames()) {
            boolean stressed = name.code().equals(selected) || name.code().equals(hovered);
            Color colour = c.lookOf(name.code()).map(look -> look == Composition.StateLook.DORMANT
                    ? DORMANT_NAME : NAME).orElse(NAME);
            Rectangle2D box = name.box();
            if (name.code().equals(selected)) {
                g.setColor(SELECTED_BAND);
                g.fill(box);
            }
            g.setColor(colour);
            g.setFont(stressed ? bold : font);
            String text = SnapshotRenderer.oneLine(name.text());
            if (name.row()) {
                float x = (float) (box.getMaxX() - m.textWidth(text, stressed ? bold : font));
                g.drawString(text, Math.max((float) box.getX() - 2, x), (float) (box.getY() + ascent
                        + (height - m.lineHeight(font)) / 2));
            } else {
                AffineTransform saved = g.getTransform();
                // Read from bottom to top, starting just above the column.
                g.translate(box.getX() + ascent + (box.getWidth() - height) / 2, box.getMaxY());
                g.rotate(-Math.PI / 2);
                g.drawString(text, 0f, 0f);
                g.setTransform(saved);
            }
        }
    }

    /** Which axis is which, in the corner between the two axes' names, where nothing else stands. */
    private static void drawAxisNote(Graphics2D g, MatrixGrid grid, Composition c) {
        Metrics m = c.metrics();
        Font font = m.sourceFont();
        String note = "from \u2193  to \u2192";
        double width = m.textWidth(note, font);
        Rectangle2D area = grid.grid();
        double gap = m.labelGap();
        Rectangle2D box = new Rectangle2D.Double(area.getX() - gap - width, area.getY() - gap - m.lineHeight(font),
                width, m.lineHeight(font));
        if (box.getX() < m.margin() / 2 || box.getY() < m.margin() / 2) {
            return;
        }
        List<Rectangle2D> taken = c.page().boxes();
        for (Rectangle2D other : taken) {
            if (other.intersects(box)) {
                return;
            }
        }
        g.setColor(AXIS_NOTE);
        g.setFont(font);
        g.drawString(note, (float) box.getX(), (float) (box.getY() + m.ascent(font)));
    }

    /** The legend's sample of a type: a cell with only that type's strip, patterned. */
    static void drawLegendSample(Graphics2D g, TieType type, double x, double y, double side) {
        g.setColor(DIAGONAL);
        g.draw(new Rectangle2D.Double(x, y, side, side));
        double third = side / 3;
        drawStrip(g, new Rectangle2D.Double(x + type.ordinal() * third, y, third, side), TieStyle.of(type).pattern(),
                new Color(TieStyle.of(type).rgb()), true);
    }

    /** The colour at opacity {@code keep} over the white background, as an opaque colour. */
    /** Lighter for a type whose ties in the cell are of medium confidence, fainter for low, as lines are drawn. */
    private static Color sure(Color colour, MatrixGrid.Marks marks, TieType type) {
        Confidence surest = marks.surest().getOrDefault(type, Confidence.HIGH);
        return surest == Confidence.HIGH ? colour : mixed(colour, TieStyle.confidenceOpacity(surest));
    }

    private static Color mixed(Color colour, double keep) {
        return new Color(
                (int) Math.round(colour.getRed() * keep + BACKGROUND.getRed() * (1 - keep)),
                (int) Math.round(colour.getGreen() * keep + BACKGROUND.getGreen() * (1 - keep)),
                (int) Math.round(colour.getBlue() * keep + BACKGROUND.getBlue() * (1 - keep)));
    }
}
