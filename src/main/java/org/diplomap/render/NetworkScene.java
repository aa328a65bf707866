package org.diplomap.render;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diplomap.graph.Comparison;
import org.diplomap.graph.Layout;
import org.diplomap.io.Outline;
import org.diplomap.model.Confidence;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * What one picture of the network shows, in the window and in every export alike: the network at one date, placed
 * by a layout, with the map behind it in the geographic layout, and what the user stresses or leaves out.
 *
 * <p>{@code allStates} lists every state of the dataset, not only those existing at the date: the picture is
 * fitted to all of them so that a series of pictures at several dates keeps every state at the same spot.
 * Only the states of the snapshot are drawn. {@code title} and {@code source} may be null; {@code map} is empty
 * for the network layout. {@code kind} says how the layout is drawn (null: over the map if there is one, else as a
 * network).
 */
public record NetworkScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source,
                           ExportOptions options, List<Outline> map, Display display, LayoutKind kind) {

    /**
     * What a viewer does to the picture: the state selected and the one pointed at (their names and ties come
     * first), the states found by a search, a comparison with another date (null when not comparing), and the
     * parts of the picture that the viewer covers with something of its own (a window's caption): no state or name
     * goes under them. Codes may be null.
     */
    public record Display(String selected, String hovered, Set<String> marked, Comparison comparison,
                          List<Rectangle2D> keepClear) {

        public static final Display NONE = new Display(null, null, Set.of(), null, List.of());

        public Display {
            marked = Set.copyOf(marked);
            // Copied: rectangles can be changed, and the scene is read on another thread.
            keepClear = keepClear.stream().map(r -> (Rectangle2D) r.clone()).toList();
        }
    }

    public NetworkScene {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(options, "options");
        allStates = List.copyOf(Objects.requireNonNull(allStates, "allStates"));
        map = List.copyOf(Objects.requireNonNull(map, "map"));
        display = display == null ? Display.NONE : display;
        kind = kind == null ? (map.isEmpty() ? LayoutKind.NETWORK : LayoutKind.GEOGRAPHIC) : kind;
    }

    /** A scene drawn as a network, or over the map when {@code map} has outlines. */
    public NetworkScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source,
                        ExportOptions options, List<Outline> map, Display display) {
        this(snapshot, allStates, layout, title, source, options, map, display, null);
    }

    public NetworkScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source,
                        ExportOptions options) {
        this(snapshot, allStates, layout, title, source, options, List.of(), Display.NONE);
    }

    public NetworkScene(Snapshot snapshot, List<State> allStates, Layout layout, String title, String source) {
        this(snapshot, allStates, layout, title, source, ExportOptions.DEFAULT);
    }

    public NetworkScene withOptions(ExportOptions newOptions) {
        return new NetworkScene(snapshot, allStates, layout, title, source, newOptions, map, display, kind);
    }

    /** The same scene over a map: the geographic layout, whose units are degrees. */
    public NetworkScene withMap(List<Outline> outlines) {
        return new NetworkScene(snapshot, allStates, layout, title, source, options, outlines, display,
                LayoutKind.GEOGRAPHIC);
    }

    public NetworkScene withDisplay(Display newDisplay) {
        return new NetworkScene(snapshot, allStates, layout, title, source, options, map, newDisplay, kind);
    }

    /**
     * The same scene as a matrix: {@code layout} is then a {@link org.diplomap.graph.MatrixOrder}, states on the rows
     * (from) and the columns (to), each cell showing the types of the ties between them.
     */
    public NetworkScene asMatrix() {
        return new NetworkScene(snapshot, allStates, layout, title, source, options, List.of(), display,
                LayoutKind.MATRIX);
    }

    /** Whether the scene is drawn as a matrix rather than as dots and lines. */
    public boolean matrix() {
        return kind == LayoutKind.MATRIX;
    }

    /** A map keeps its proportions; a network layout is stretched to the picture's shape. */
    boolean keepsProportions() {
        return !map.isEmpty();
    }

    /** The ties that are drawn: those of the types shown, as sure as the options ask. */
    List<Tie> shownTies() {
        return snapshot.ties().stream().filter(options::shows).toList();
    }

    /** The number of ties drawn of each type, every type present (zero when none). */
    Map<TieType, Integer> shownCounts() {
        Map<TieType, Integer> counts = new EnumMap<>(TieType.class);
        for (TieType type : TieType.values()) {
            counts.put(type, 0);
        }
        shownTies().forEach(t -> counts.merge(t.type(), 1, Integer::sum));
        return counts;
    }

    /**
     * The confidences below high that the picture may show, each drawn fainter and so given a row in the legend: both
     * when every tie is shown, none when only the surest are. The same at every date, as the legend's size must be.
     */
    List<Confidence> fainterConfidences() {
        return Arrays.stream(Confidence.values())
                .filter(c -> c != Confidence.HIGH && c.isAtLeast(options.leastConfidence())).toList();
    }

    /** The tie types that have a row in the legend. */
    List<TieType> shownTypes() {
        return Arrays.stream(TieType.values()).filter(options::shows).toList();
    }

    /** The title as drawn: null when absent or left out. */
    String shownTitle() {
        return options.title() && title != null && !title.isBlank() ? title : null;
    }

    /** The source line as drawn: null when absent or left out. */
    String shownSource() {
        return options.source() && source != null && !source.isBlank() ? source : null;
    }
}
