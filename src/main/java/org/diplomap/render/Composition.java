package org.diplomap.render;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomap.graph.Layout;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

/**
 * A scene laid out on a picture of a given size through a camera: where each dot, tie and name goes, and how each
 * is stressed. The window and every export draw from a composition, so they show the same names at the same
 * places; the window also asks it what lies under the pointer.
 */
public final class Composition {

    /** Above this many ties drawn, ties are drawn the light way: thin straight lines without arrowheads. */
    static final int DENSE_TIES = 3_000;
    /** How close to a tie, in pixels, the pointer must be to point at it. */
    private static final double TIE_REACH = 4;
    /** How close to a dot's centre, in pixels, the pointer must be to point at it, however small the dot. */
    private static final double MIN_DOT_REACH = 8;

    /** How a state is drawn. */
    public enum StateLook { ACTIVE, DORMANT, SELECTED, ACTIVE_DIMMED, DORMANT_DIMMED }

    /** How a tie is drawn. */
    public enum TieLook { PLAIN, STRESSED, DIMMED, GAINED, LOST }

    /** A tie as laid out: its mark (line and arrowhead; no arrowhead when dense) and how it is drawn. */
    record PlacedTie(TieMarks.Mark mark, TieLook look) {
        Tie tie() {
            return mark.tie();
        }
    }

    private final NetworkScene scene;
    private final int width;
    private final int height;
    private final Page page;
    private final Viewport viewport;
    private final Map<String, Point2D> places;
    private final Map<String, StateLook> looks;
    private final List<PlacedTie> ties;
    private final boolean dense;
    private final List<Labels.Label> labels;
    /** The rows, columns and cells of a scene drawn as a matrix; null for a network or a map. */
    private final MatrixGrid matrix;

    private Composition(NetworkScene scene, int width, int height, Page page, Viewport viewport,
                        Map<String, Point2D> places, Map<String, StateLook> looks, List<PlacedTie> ties,
                        boolean dense, List<Labels.Label> labels, MatrixGrid matrix) {
        this.scene = scene;
        this.width = width;
        this.height = height;
        this.page = page;
        this.viewport = viewport;
        this.places = places;
        this.looks = looks;
        this.ties = ties;
        this.dense = dense;
        this.labels = labels;
        this.matrix = matrix;
    }

    /** Lays out {@code scene} on a picture of {@code width} x {@code height} as {@code camera} sees it. */
    public static Composition of(NetworkScene scene, int width, int height, Camera camera) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive, was " + width + "x" + height);
        }
        if (scene.matrix()) {
            return ofMatrix(scene, width, height, camera);
        }
        Page page = Page.of(width, height, scene);
        Viewport viewport = page.fit().viewport(width, height, camera);
        Metrics m = page.metrics();
        NetworkScene.Display display = scene.display();
        String focus = scene.options().focus();

        List<Tie> shown = scene.shownTies();
        Map<String, Integer> tiesPerState = new HashMap<>();
        for (Tie tie : shown) {
            tiesPerState.merge(tie.from(), 1, Integer::sum);
            tiesPerState.merge(tie.to(), 1, Integer::sum);
        }
        Set<String> inFocus = null;
        if (focus != null) {
            inFocus = new HashSet<>(Set.of(focus));
            for (Tie tie : shown) {
                if (tie.from().equals(focus) || tie.to().equals(focus)) {
                    inFocus.add(tie.from());
                    inFocus.add(tie.to());
                }
            }
        }

        Map<String, Point2D> places = new LinkedHashMap<>();
        Map<String, StateLook> looks = new HashMap<>();
        for (State state : scene.snapshot().states()) {
            String code = state.code();
            boolean active = tiesPerState.containsKey(code);
            boolean selected = code.equals(display.selected());
            if (scene.options().hideStatesWithoutTies() && !active && !selected) {
                continue;
            }
            Optional<Layout.Point> point = scene.layout().positionOf(code);
            if (point.isEmpty()) {
                continue;
            }
            places.put(code, new Point2D.Double(viewport.pixelX(point.get().x()), viewport.pixelY(point.get().y())));
            boolean dimmed = inFocus != null && !inFocus.contains(code);
            looks.put(code, selected ? StateLook.SELECTED
                    : active ? (dimmed ? StateLook.ACTIVE_DIMMED : StateLook.ACTIVE)
                    : (dimmed ? StateLook.DORMANT_DIMMED : StateLook.DORMANT));
        }

        List<Tie> lost = display.comparison() == null ? List.of() : display.comparison().lost().stream()
                .filter(t -> scene.options().shows(t)).toList();
        boolean dense = shown.size() + lost.size() > DENSE_TIES;
        List<Tie> all = new ArrayList<>(shown);
        all.addAll(lost);
        List<TieMarks.Mark> marks = dense ? TieMarks.straight(all, places, m) : TieMarks.of(all, places, m);
        Set<String> lostIds = new HashSet<>();
        lost.forEach(t -> lostIds.add(t.id()));
        Set<String> gainedIds = new HashSet<>();
        if (display.comparison() != null) {
            display.comparison().gained().forEach(t -> gainedIds.add(t.id()));
        }
        Set<String> stressedStates = new HashSet<>();
        if (display.selected() != null) {
            stressedStates.add(display.selected());
        }
        if (display.hovered() != null) {
            stressedStates.add(display.hovered());
        }
        List<PlacedTie> ties = new ArrayList<>();
        // A tie's id is a string made on each call: only made when there is a comparison to look it up in.
        boolean comparing = !lostIds.isEmpty() || !gainedIds.isEmpty();
        for (TieMarks.Mark mark : marks) {
            Tie tie = mark.tie();
            String id = comparing ? tie.id() : null;
            TieLook look;
            if (comparing && lostIds.contains(id)) {
                look = TieLook.LOST;
            } else if (stressedStates.contains(tie.from()) || stressedStates.contains(tie.to())) {
                look = TieLook.STRESSED;
            } else if (focus != null && !tie.from().equals(focus) && !tie.to().equals(focus)) {
                look = TieLook.DIMMED;
            } else if (comparing && gainedIds.contains(id)) {
                look = TieLook.GAINED;
            } else {
                look = TieLook.PLAIN;
            }
            ties.add(new PlacedTie(mark, look));
        }

        List<String> order = nameOrder(places.keySet(), looks, tiesPerState, scene, display, focus);
        double inset = m.margin() / 3;
        Rectangle2D picture = new Rectangle2D.Double(inset, inset, width - 2 * inset, height - 2 * inset);
        List<Line2D> avoided = new ArrayList<>();
        if (!dense) {
            // Among thousands of ties every side of a name crosses some, so dense pictures do not weigh crossings.
            // Only what lies on the picture matters; zoomed in, most of a tie may lie far outside it.
            for (PlacedTie tie : ties) {
                if (tie.mark().line().intersects(picture)) {
                    segments(tie.mark().line(), m.unit()).stream().filter(l -> l.intersects(picture))
                            .forEach(avoided::add);
                }
            }
        }
        int pointedOut = (int) order.stream()
                .filter(code -> rankOf(code, looks.get(code), display, focus) < POINTED_OUT).count();
        List<Labels.Label> labels = Labels.place(order, pointedOut, places, names(scene), avoided, picture,
                page.boxes(), m);
        return new Composition(scene, width, height, page, viewport, places, looks, ties, dense, labels, null);
    }

    /** The scene as a matrix: its grid fitted to the picture, the diagonal cells standing for the states. */
    private static Composition ofMatrix(NetworkScene scene, int width, int height, Camera camera) {
        List<MatrixGrid.Slot> slots = MatrixGrid.slots(scene);
        Page page = MatrixGrid.fitted(Page.of(width, height, scene), slots, width, height, names(scene),
                scene.display());
        Viewport viewport = page.fit().viewport(width, height, camera);
        MatrixGrid grid = MatrixGrid.of(scene, slots, page, viewport);
        Set<String> tied = new HashSet<>();
        scene.shownTies().forEach(t -> {
            tied.add(t.from());
            tied.add(t.to());
        });
        Map<String, Point2D> places = new LinkedHashMap<>();
        Map<String, StateLook> looks = new HashMap<>();
        for (MatrixGrid.Slot slot : slots) {
            if (slot.exists()) {
                places.put(slot.code(), new Point2D.Double(viewport.pixelX(slot.position()),
                        viewport.pixelY(-slot.position())));
                looks.put(slot.code(), slot.code().equals(scene.display().selected()) ? StateLook.SELECTED
                        : tied.contains(slot.code()) ? StateLook.ACTIVE : StateLook.DORMANT);
            }
        }
        return new Composition(scene, width, height, page, viewport, places, looks, List.of(), false, List.of(),
                grid);
    }

    /** The states the user points out, by selecting, focusing, searching or pointing, rank below this. */
    private static final int POINTED_OUT = 4;

    /**
     * Who gets a name first: the selected state, the focus, the states a search suggests, the state pointed at, then
     * the states not dimmed before the dimmed ones.
     */
    private static int rankOf(String code, StateLook look, NetworkScene.Display display, String focus) {
        int pointedOut = pointedOutRank(code, display, focus);
        if (pointedOut < POINTED_OUT) {
            return pointedOut;
        }
        return look == StateLook.ACTIVE_DIMMED || look == StateLook.DORMANT_DIMMED ? POINTED_OUT + 1 : POINTED_OUT;
    }

    /**
     * How the user points a state out, first first: selected 0, the focus 1, suggested by a search 2, pointed at 3;
     * {@value #POINTED_OUT} for the rest. The network's names and the matrix's follow it.
     */
    static int pointedOutRank(String code, NetworkScene.Display display, String focus) {
        if (code.equals(display.selected())) {
            return 0;
        } else if (code.equals(focus)) {
            return 1;
        } else if (display.marked().contains(code)) {
            return 2;
        } else if (code.equals(display.hovered())) {
            return 3;
        }
        return POINTED_OUT;
    }

    /** The states in the order their names are placed: by rank, each rank by its number of ties, then by name. */
    private static List<String> nameOrder(Set<String> codes, Map<String, StateLook> looks,
                                          Map<String, Integer> tiesPerState, NetworkScene scene,
                                          NetworkScene.Display display, String focus) {
        Map<String, String> names = names(scene);
        List<String> order = new ArrayList<>(codes);
        order.sort(Comparator.comparing((String code) -> rankOf(code, looks.get(code), display, focus))
                .thenComparing(code -> -tiesPerState.getOrDefault(code, 0))
                .thenComparing(code -> names.getOrDefault(code, code)));
        return order;
    }

    private static Map<String, String> names(NetworkScene scene) {
        Map<String, String> names = new HashMap<>();
        scene.allStates().forEach(s -> names.put(s.code(), s.name()));
        // The snapshot's own names win: they are the ones valid at the date.
        scene.snapshot().states().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    /** The curve as straight pieces that stray from it by at most half a unit. */
    private static List<Line2D> segments(Shape curve, double unit) {
        List<Line2D> segments = new ArrayList<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = curve.getPathIterator(null, 0.5 * unit); !it.isDone(); it.next()) {
            int kind = it.currentSegment(c);
            if (kind == PathIterator.SEG_LINETO) {
                segments.add(new Line2D.Double(lastX, lastY, c[0], c[1]));
            }
            lastX = c[0];
            lastY = c[1];
        }
        return segments;
    }

    public NetworkScene scene() {
        return scene;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Where the layout falls on the picture. */
    public Viewport viewport() {
        return viewport;
    }

    Page page() {
        return page;
    }

    Metrics metrics() {
        return page.metrics();
    }

    /** Whether the ties are drawn the light way (see {@link #DENSE_TIES}). */
    public boolean dense() {
        return dense;
    }

    Map<String, Point2D> places() {
        return places;
    }

    List<PlacedTie> ties() {
        return ties;
    }

    List<Labels.Label> labels() {
        return labels;
    }

    /** The states drawn, with where their dots are. */
    public Map<String, Point2D> dots() {
        return Map.copyOf(places);
    }

    /** How a state is drawn; empty when it is not drawn. */
    public Optional<StateLook> lookOf(String code) {
        return Optional.ofNullable(looks.get(code));
    }

    /** How each tie drawn is drawn, by the tie's id (lost ties of a comparison included). */
    public Map<String, TieLook> tieLooks() {
        Map<String, TieLook> result = new HashMap<>();
        ties.forEach(t -> result.put(t.tie().id(), t.look()));
        return result;
    }

    /** The arrowheads drawn, by the id of their tie: each head's bounds on the picture (none when dense). */
    public Map<String, Rectangle2D> arrowheads() {
        Map<String, Rectangle2D> result = new HashMap<>();
        for (PlacedTie tie : ties) {
            if (tie.mark().arrow() != null) {
                result.put(tie.tie().id(), tie.mark().arrow().getBounds2D());
            }
        }
        return result;
    }

    /** The names drawn, by state code: each name's box on the picture, its halo included. */
    public Map<String, Rectangle2D> names() {
        Map<String, Rectangle2D> result = new LinkedHashMap<>();
        labels.forEach(l -> result.put(l.code(), l.box()));
        return result;
    }

    /** The radius of a dot, in pixels of the picture. */
    public double dotRadius() {
        return metrics().nodeRadius();
    }

    /** The matrix's rows, columns and cells; empty unless the scene is drawn as a matrix. */
    public Optional<MatrixGrid> matrix() {
        return Optional.ofNullable(matrix);
    }

    /** In a matrix, the cell under a point of the picture: the pair of states and the ties from one to the other. */
    public Optional<MatrixGrid.Cell> cellAt(double x, double y) {
        return matrix == null ? Optional.empty() : matrix.cellAt(x, y);
    }

    /**
     * The state whose dot, or whose name, is under a point of the picture (small dots are met half way); in a
     * matrix, the state of the row or column whose name is there, beside or above the grid.
     */
    public Optional<String> stateAt(double x, double y) {
        if (matrix != null) {
            return matrix.stateAt(x, y);
        }
        double reach = Math.max(MIN_DOT_REACH, metrics().nodeRadius() + metrics().nodeOutline() + 2);
        String best = null;
        double bestDistance = reach;
        for (Map.Entry<String, Point2D> place : places.entrySet()) {
            double d = place.getValue().distance(x, y);
            if (d <= bestDistance) {
                best = place.getKey();
                bestDistance = d;
            }
        }
        if (best == null) {
            for (Labels.Label label : labels) {
                if (label.box().contains(x, y)) {
                    return Optional.of(label.code());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The tie drawn nearest to a point of the picture, if one passes within a few pixels; dense ties too. */
    public Optional<Tie> tieAt(double x, double y) {
        Tie best = null;
        double bestDistance = TIE_REACH * Math.max(1, metrics().unit());
        for (PlacedTie placed : ties) {
            Shape line = placed.mark().line();
            Rectangle2D bounds = line.getBounds2D();
            if (x < bounds.getMinX() - bestDistance || x > bounds.getMaxX() + bestDistance
                    || y < bounds.getMinY() - bestDistance || y > bounds.getMaxY() + bestDistance) {
                continue;
            }
            double d = line instanceof Line2D straight ? straight.ptSegDist(x, y) : distance(line, x, y);
            if (d < bestDistance) {
                best = placed.tie();
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private double distance(Shape curve, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (Line2D segment : segments(curve, metrics().unit())) {
            best = Math.min(best, segment.ptSegDist(x, y));
        }
        return best;
    }

    /** The camera that zooms by {@code factor} (below 1 is closer) keeping the layout point under (x, y) there. */
    public Camera zoomedAbout(Camera camera, double factor, double x, double y, double minZoom, double maxZoom) {
        double zoom = Math.max(minZoom, Math.min(maxZoom, camera.zoom() * factor));
        Viewport before = viewportOf(camera);
        Layout.Point under = new Layout.Point((x - before.offsetX()) / before.scaleX(),
                (y - before.offsetY()) / before.scaleY());
        Page.Fit fit = page.fit();
        double sx = fit.scaleX() / zoom;
        double sy = -fit.scaleY() / (zoom * camera.stretch());
        return new Camera(zoom, new Layout.Point(under.x() - (x - fit.areaCentreX()) / sx,
                under.y() - (y - fit.areaCentreY()) / sy), camera.stretch());
    }

    /** The camera moved so that the layout point at picture point (fromX, fromY) comes to (toX, toY). */
    public Camera panned(Camera camera, double fromX, double fromY, double toX, double toY) {
        Layout.Point centre = centreOf(camera);
        Viewport seen = viewportOf(camera);
        return new Camera(camera.zoom(), new Layout.Point(centre.x() - (toX - fromX) / seen.scaleX(),
                centre.y() - (toY - fromY) / seen.scaleY()), camera.stretch());
    }

    /** Where the layout falls on this picture through another camera. */
    public Viewport viewportOf(Camera camera) {
        return page.fit().viewport(width, height, camera);
    }

    /** The layout point a camera puts in the middle of the network area. */
    public Layout.Point centreOf(Camera camera) {
        return camera.centre() != null ? camera.centre()
                : new Layout.Point(page.fit().layoutCentreX(), page.fit().layoutCentreY());
    }
}
