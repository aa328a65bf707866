package org.diplomap.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomap.graph.MatrixOrder;
import org.diplomap.model.Confidence;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The matrix layout of a scene on a picture: a row for each state extending ties (from) and a column for each state
 * receiving them (to), in the order of a {@link MatrixOrder}, the names on both axes, and for each pair the types
 * of its ties at the date. It keeps the same rows whatever the date (a state that does not exist yet has an empty
 * row), unless states without ties are hidden, when the rows left close up in the same order.
 *
 * <p>Layout units are rows: a state's slot p is at x = p (its column) and y = -p (its row), as in the layout that
 * the order gives, so a {@link Camera} zooms and pans the matrix as it does the network. Cells are about square.
 */
public final class MatrixGrid {

    /** A pair of states and the ties from the row's state to the column's at the date, of the types shown. */
    public record Cell(String from, String to, List<Tie> ties) {
        public Cell {
            ties = List.copyOf(ties);
        }
    }

    /** The types of ties of one cell: as drawn now, gained since the compared date, and lost since. */
    record Marks(String from, String to, Set<TieType> active, Set<TieType> gained, Set<TieType> lost,
                 Map<TieType, Confidence> surest) {
    }

    /** A row or column: its state, its place in layout units, and the group of the order it belongs to. */
    record Slot(String code, double position, int group, boolean exists) {
    }

    /** A name on an axis: the text, the box it takes (rotated for columns: the box as drawn) and its centre line. */
    record AxisName(String code, String text, Rectangle2D box, double centre, boolean row) {
    }

    /** How much wider than high, or higher than wide, a cell may be drawn to fill the picture. */
    private static final double CELL_STRETCH = 1.5;

    private final List<Slot> slots;
    private final double[] positions;
    private final Map<String, Slot> slotByCode;
    private final Map<String, Marks> marks;
    private final Map<String, Map<String, List<Tie>>> tiesByPair;
    private final Rectangle2D grid;
    private final Viewport viewport;
    private final List<AxisName> names;
    private final Font nameFont;
    private final Map<String, String> stateNames;

    private MatrixGrid(List<Slot> slots, Map<String, Marks> marks, Map<String, Map<String, List<Tie>>> tiesByPair,
                       Rectangle2D grid, Viewport viewport, List<AxisName> names, Font nameFont,
                       Map<String, String> stateNames) {
        this.slots = slots;
        this.positions = slots.stream().mapToDouble(Slot::position).toArray();
        this.slotByCode = new HashMap<>();
        slots.forEach(s -> slotByCode.put(s.code(), s));
        this.marks = marks;
        this.tiesByPair = tiesByPair;
        this.grid = grid;
        this.viewport = viewport;
        this.names = names;
        this.nameFont = nameFont;
        this.stateNames = stateNames;
    }

    /** The rows and columns of a scene, before they are placed on a picture. */
    static List<Slot> slots(NetworkScene scene) {
        Set<String> existing = new HashSet<>();
        scene.snapshot().states().forEach(s -> existing.add(s.code()));
        Set<String> tied = new HashSet<>();
        for (Tie tie : scene.shownTies()) {
            tied.add(tie.from());
            tied.add(tie.to());
        }
        String selected = scene.display().selected();
        boolean hide = scene.options().hideStatesWithoutTies();
        Set<String> known = new HashSet<>();
        scene.allStates().forEach(s -> known.add(s.code()));
        List<Slot> slots = new ArrayList<>();
        double p = 0;
        int group = 0;
        double previous = Double.NaN;
        boolean gapSincePrevious = false;
        for (String code : MatrixOrder.codesInOrder(scene.layout())) {
            double x = scene.layout().positionOf(code).orElseThrow().x();
            if (!Double.isNaN(previous) && x - previous > 1 + 1e-9) {
                gapSincePrevious = true;
            }
            previous = x;
            boolean shown = known.contains(code) && (!hide || tied.contains(code) || code.equals(selected));
            if (!shown) {
                continue;
            }
            if (!slots.isEmpty()) {
                p += 1;
                if (gapSincePrevious) {
                    p += MatrixOrder.GROUP_GAP;
                    group++;
                }
            }
            gapSincePrevious = false;
            slots.add(new Slot(code, p, group, existing.contains(code)));
        }
        return slots;
    }

    /** How the slots are fitted to the picture: square cells, the grid beside its names, clear of the frame. */
    static Page fitted(Page page, List<Slot> slots, int width, int height, Map<String, String> stateNames,
                       NetworkScene.Display display) {
        Metrics m = page.metrics();
        Font font = nameFont(m);
        double gap = m.labelGap() * 2;
        double longest = 0;
        for (Slot slot : slots) {
            if (slot.exists()) {
                longest = Math.max(longest, m.textWidth(stateNames.getOrDefault(slot.code(), slot.code()), font));
            }
        }
        double header = Math.min(longest, headerRoom(width, height)) + gap;
        List<Rectangle2D> obstacles = new ArrayList<>();
        obstacles.add(page.caption());
        obstacles.addAll(display.keepClear());
        // A box in the top left corner fits in the corner between the two axes' names, or the grid moves down, or
        // right, whichever leaves it larger cells.
        double below = m.margin();
        double beside = m.margin();
        for (Rectangle2D box : obstacles) {
            if (box.isEmpty() || box.getCenterX() > width / 2.0 || box.getCenterY() > height / 2.0) {
                continue;
            }
            if (box.getMaxX() > m.margin() + header || box.getMaxY() > m.margin() + header) {
                below = Math.max(below, box.getMaxY() + gap);
                beside = Math.max(beside, box.getMaxX() + gap);
            }
        }
        Rectangle2D downwards = gridArea(page, slots, width, height, m.margin(), below, header, gap);
        Rectangle2D rightwards = gridArea(page, slots, width, height, beside, m.margin(), header, gap);
        Rectangle2D area = cellSide(rightwards, slots) > cellSide(downwards, slots) ? rightwards : downwards;
        double span = span(slots);
        double cellWidth = area.getWidth() / span;
        double cellHeight = area.getHeight() / span;
        double layoutCentre = (span - 1) / 2;
        return page.withFit(area, new Page.Fit(area.getCenterX(), area.getCenterY(), cellWidth, cellHeight,
                layoutCentre, -layoutCentre));
    }

    /** The widest the names beside the grid (and the highest those above it) may be. */
    static double headerRoom(int width, int height) {
        return 0.17 * Math.min(width, height);
    }

    private static double span(List<Slot> slots) {
        return slots.isEmpty() ? 1 : slots.get(slots.size() - 1).position() + 1;
    }

    private static double cellSide(Rectangle2D area, List<Slot> slots) {
        return Math.min(area.getWidth(), area.getHeight()) / span(slots);
    }

    /**
     * The grid with its names starting at ({@code left}, {@code top}), clear of the legend and the source line: cells
     * as square as the picture allows, stretched by at most half again one way to use its shape.
     */
    private static Rectangle2D gridArea(Page page, List<Slot> slots, int width, int height, double left, double top,
                                        double header, double gap) {
        Metrics m = page.metrics();
        double right = page.legend().isEmpty() ? width - m.margin() : page.legend().getX() - gap;
        double bottom = page.source().isEmpty() ? height - m.margin() : page.source().getY() - gap;
        double gridLeft = left + header;
        double gridTop = top + header;
        if (right - gridLeft < 0.25 * width) {
            // A legend beside a narrow picture: the grid goes under it instead.
            right = width - m.margin();
            gridTop = Math.max(gridTop, page.legend().getMaxY() + gap + header);
        }
        double span = span(slots);
        double roomX = Math.max(1e-3, right - gridLeft);
        double roomY = Math.max(1e-3, bottom - gridTop);
        double square = Math.min(roomX, roomY) / span;
        double cellWidth = Math.min(roomX / span, square * CELL_STRETCH);
        double cellHeight = Math.min(roomY / span, square * CELL_STRETCH);
        return new Rectangle2D.Double(gridLeft, gridTop, cellWidth * span, cellHeight * span);
    }

    static MatrixGrid of(NetworkScene scene, List<Slot> slots, Page page, Viewport viewport) {
        Map<String, String> stateNames = stateNames(scene);
        Metrics m = page.metrics();
        Map<String, Slot> byCode = new HashMap<>();
        slots.forEach(s -> byCode.put(s.code(), s));
        Map<String, Marks> marks = new HashMap<>();
        Map<String, Map<String, List<Tie>>> tiesByPair = new HashMap<>();
        Map<String, Integer> tiesPerState = new HashMap<>();
        for (Tie tie : scene.shownTies()) {
            tiesByPair.computeIfAbsent(tie.from(), k -> new HashMap<>())
                    .computeIfAbsent(tie.to(), k -> new ArrayList<>()).add(tie);
            tiesPerState.merge(tie.from(), 1, Integer::sum);
            tiesPerState.merge(tie.to(), 1, Integer::sum);
            marksOf(marks, byCode, tie).ifPresent(mk -> {
                mk.active().add(tie.type());
                // A cell is as sure as the surest tie of the type it stands for.
                mk.surest().merge(tie.type(), tie.confidence(), (a, b) -> a.isAtLeast(b) ? a : b);
            });
        }
        NetworkScene.Display display = scene.display();
        if (display.comparison() != null) {
            for (Tie tie : display.comparison().gained()) {
                if (scene.options().shows(tie.type())) {
                    marksOf(marks, byCode, tie).ifPresent(mk -> mk.gained().add(tie.type()));
                }
            }
            for (Tie tie : display.comparison().lost()) {
                if (scene.options().shows(tie.type())) {
                    marksOf(marks, byCode, tie).ifPresent(mk -> mk.lost().add(tie.type()));
                }
            }
        }
        Rectangle2D area = page.network();
        Rectangle2D grid = new Rectangle2D.Double(area.getX(), area.getY(),
                Math.max(0, Math.min(area.getWidth(), viewport.width() - m.margin() / 2 - area.getX())),
                Math.max(0, Math.min(area.getHeight(), viewport.height() - m.margin() / 2 - area.getY())));
        Font font = nameFont(m);
        List<AxisName> names = placeNames(scene, slots, stateNames, tiesPerState, grid, viewport, font, m);
        return new MatrixGrid(slots, marks, tiesByPair, grid, viewport, names, font, stateNames);
    }

    private static Optional<Marks> marksOf(Map<String, Marks> marks, Map<String, Slot> byCode, Tie tie) {
        if (!byCode.containsKey(tie.from()) || !byCode.containsKey(tie.to())) {
            return Optional.empty();
        }
        String key = key(tie.from(), tie.to());
        return Optional.of(marks.computeIfAbsent(key, k -> new Marks(tie.from(), tie.to(),
                EnumSet.noneOf(TieType.class), EnumSet.noneOf(TieType.class), EnumSet.noneOf(TieType.class),
                new EnumMap<>(TieType.class))));
    }

    private static String key(String from, String to) {
        return from + "\u0000" + to;
    }

    static Font nameFont(Metrics m) {
        Font label = m.labelFont();
        return label.deriveFont(label.getSize2D() * 0.8f);
    }

    private static Map<String, String> stateNames(NetworkScene scene) {
        Map<String, String> names = new HashMap<>();
        scene.allStates().forEach(s -> names.put(s.code(), s.name()));
        scene.snapshot().states().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    /**
     * The names that fit on each axis without touching each other, in order of priority: the selected state, the
     * focus, the states a search suggests and the one pointed at, then those with the most ties. A name stands
     * beside its row (or above its column), so that it can only mean that row; zooming in makes room for the rest.
     */
    private static List<AxisName> placeNames(NetworkScene scene, List<Slot> slots, Map<String, String> stateNames,
                                             Map<String, Integer> tiesPerState, Rectangle2D grid, Viewport v,
                                             Font font, Metrics m) {
        NetworkScene.Display display = scene.display();
        String focus = scene.options().focus();
        List<Slot> ordered = new ArrayList<>(slots.stream().filter(Slot::exists).toList());
        ordered.sort(Comparator.comparingInt((Slot s) -> Composition.pointedOutRank(s.code(), display, focus))
                .thenComparing(s -> -tiesPerState.getOrDefault(s.code(), 0))
                .thenComparing(s -> stateNames.getOrDefault(s.code(), s.code())));
        double height = m.lineHeight(font);
        double gap = m.labelGap();
        double room = Math.min(grid.getX() - m.margin(), headerRoom(v.width(), v.height())) - gap;
        List<double[]> rowsTaken = new ArrayList<>();
        List<double[]> columnsTaken = new ArrayList<>();
        List<AxisName> placed = new ArrayList<>();
        for (Slot slot : ordered) {
            String text = SnapshotRenderer.fitted(stateNames.getOrDefault(slot.code(), slot.code()), font, room, m);
            if (text.isEmpty()) {
                continue;
            }
            double width = m.textWidth(text, font);
            double rowCentre = v.pixelY(-slot.position());
            if (rowCentre >= grid.getMinY() && rowCentre <= grid.getMaxY()
                    && free(rowsTaken, rowCentre - height / 2, rowCentre + height / 2)) {
                rowsTaken.add(new double[] {rowCentre - height / 2, rowCentre + height / 2});
                placed.add(new AxisName(slot.code(), text, new Rectangle2D.Double(grid.getX() - gap - width,
                        rowCentre - height / 2, width, height), rowCentre, true));
            }
            double columnCentre = v.pixelX(slot.position());
            if (columnCentre >= grid.getMinX() && columnCentre <= grid.getMaxX()
                    && free(columnsTaken, columnCentre - height / 2, columnCentre + height / 2)) {
                columnsTaken.add(new double[] {columnCentre - height / 2, columnCentre + height / 2});
                placed.add(new AxisName(slot.code(), text, new Rectangle2D.Double(columnCentre - height / 2,
                        grid.getY() - gap - width, height, width), columnCentre, false));
            }
        }
        return placed;
    }

    private static boolean free(List<double[]> taken, double from, double to) {
        for (double[] span : taken) {
            if (from < span[1] && to > span[0]) {
                return false;
            }
        }
        return true;
    }

    List<Slot> slots() {
        return slots;
    }

    Map<String, Marks> marks() {
        return marks;
    }

    List<AxisName> axisNames() {
        return names;
    }

    Font nameFont() {
        return nameFont;
    }

    Viewport viewport() {
        return viewport;
    }

    /** The part of the picture the cells are drawn in (what lies outside is cut off when zoomed in). */
    public Rectangle2D grid() {
        return (Rectangle2D) grid.clone();
    }

    /** The shorter side of a cell, in pixels of the picture. */
    public double cellSize() {
        return Math.min(Math.abs(viewport.scaleX()), Math.abs(viewport.scaleY()));
    }

    /** The codes of the rows (and columns), first first. */
    public List<String> order() {
        return slots.stream().map(Slot::code).toList();
    }

    /** Where the cell of a pair lies on the picture; empty when either state has no row. */
    public Optional<Rectangle2D> cellBounds(String from, String to) {
        Slot row = slotByCode.get(from);
        Slot column = slotByCode.get(to);
        if (row == null || column == null) {
            return Optional.empty();
        }
        double w = Math.abs(viewport.scaleX());
        double h = Math.abs(viewport.scaleY());
        return Optional.of(new Rectangle2D.Double(viewport.pixelX(column.position()) - w / 2,
                viewport.pixelY(-row.position()) - h / 2, w, h));
    }

    /** The names drawn on the axes, by code: the row names' boxes, then the column names' (as drawn, upright). */
    public Map<String, Rectangle2D> rowNames() {
        Map<String, Rectangle2D> result = new LinkedHashMap<>();
        names.stream().filter(AxisName::row).forEach(n -> result.put(n.code(), n.box()));
        return result;
    }

    public Map<String, Rectangle2D> columnNames() {
        Map<String, Rectangle2D> result = new LinkedHashMap<>();
        names.stream().filter(n -> !n.row()).forEach(n -> result.put(n.code(), n.box()));
        return result;
    }

    /** The name of a state as the axes write it. */
    public String nameOf(String code) {
        return stateNames.getOrDefault(code, code);
    }

    /** The slot nearest to a position in layout units, if the position lies within half a row of it. */
    private Optional<Slot> slotAt(double position) {
        int i = java.util.Arrays.binarySearch(positions, position);
        int insertion = i >= 0 ? i : -i - 1;
        Slot best = null;
        double bestDistance = 0.5;
        for (int j = Math.max(0, insertion - 1); j <= Math.min(positions.length - 1, insertion); j++) {
            double d = Math.abs(positions[j] - position);
            if (d <= bestDistance) {
                best = slots.get(j);
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The state whose row name (left of the grid) or column name (above it) is at a point of the picture. */
    Optional<String> stateAt(double x, double y) {
        if (x < grid.getMinX() && y >= grid.getMinY() && y <= grid.getMaxY()) {
            return slotAt(-(y - viewport.offsetY()) / viewport.scaleY()).filter(Slot::exists).map(Slot::code);
        }
        if (y < grid.getMinY() && x >= grid.getMinX() && x <= grid.getMaxX()) {
            return slotAt((x - viewport.offsetX()) / viewport.scaleX()).filter(Slot::exists).map(Slot::code);
        }
        return Optional.empty();
    }

    /** The cell under a point of the picture, with the ties from its row's state to its column's. */
    Optional<Cell> cellAt(double x, double y) {
        if (!grid.contains(x, y)) {
            return Optional.empty();
        }
        Optional<Slot> row = slotAt(-(y - viewport.offsetY()) / viewport.scaleY());
        Optional<Slot> column = slotAt((x - viewport.offsetX()) / viewport.scaleX());
        if (row.isEmpty() || column.isEmpty() || !row.get().exists() || !column.get().exists()) {
            return Optional.empty();
        }
        String from = row.get().code();
        String to = column.get().code();
        return Optional.of(new Cell(from, to, tiesBetween(from, to)));
    }

    /** The ties drawn from one state to another at the date. */
    public List<Tie> tiesBetween(String from, String to) {
        return tiesByPair.getOrDefault(from, Map.of()).getOrDefault(to, List.of());
    }
}
