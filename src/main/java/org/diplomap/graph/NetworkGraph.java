package org.diplomap.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomap.model.Confidence;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;

/**
 * The GraphStream graph of the network shown in the window, and the one class that changes it: the model of which
 * states and ties are shown at the date and what each is (its class: active, dormant, selected, dimmed, gained,
 * lost), which the window's tests and tools read; the picture itself is drawn from the same frame by
 * {@code render.Composition}. Every state of the dataset is a node, placed once at its layout position; moving to
 * another date only adds and removes the edges that differ ({@link #apply} does it from a diff, in time that grows
 * with the changes) and reclasses what they touch. Display options (hidden types, focus, selection) and a
 * comparison with another date change only classes and visibility. Call it from one thread only (the FX thread).
 *
 * <p>A dense network (a dataset of more than {@value #DENSE_TIES} ties) keeps its ties out of the graph, because
 * adding and removing tens of thousands of edges costs more than the frame it serves; this class still knows which
 * ties are active, to class the states by them.
 */
public final class NetworkGraph {

    private static final String LOST_PREFIX = "lost|";

    private final Graph graph = new MultiGraph("network", false, true);
    /** The active ties, by id (the id of their edge when they have one). */
    private final Map<String, Tie> tiesByEdgeId = new HashMap<>();
    /** The number of active ties of each type (by ordinal) from or to each state. */
    private final Map<String, int[]> tieCountsByState = new HashMap<>();
    private final Map<String, State> statesByCode = new HashMap<>();
    private final Set<String> existing = new HashSet<>();
    private DisplayOptions options = DisplayOptions.DEFAULT;
    /** Ties gained since the compare date, by id; empty when not comparing. */
    private Set<String> gainedIds = Set.of();
    /** Ties lost since the compare date, by the id of the faded edge drawn for each. */
    private Map<String, Tie> lostByEdgeId = Map.of();
    private LocalDate shownDate;
    private boolean dense;
    /** The states tied to the focus at the date shown, as of the last restyle of everything. */
    private Set<String> focusNeighbours = Set.of();

    /** Above this many ties in a dataset, its ties are not edges of the graph. */
    public static final int DENSE_TIES = 20_000;

    static final String ACTIVE_CLASS = "active";
    static final String DORMANT_CLASS = "dormant";
    static final String SELECTED_CLASS = "selected";
    static final String DIMMED = "Dimmed";
    static final String GAINED = "Gained";
    static final String LOST = "Lost";

    /** Whether a dataset of so many ties keeps its ties out of the graph. */
    public static boolean isDense(int tieCount) {
        return tieCount > DENSE_TIES;
    }

    /** Whether the ties are left out of the graph. */
    public boolean isDense() {
        return dense;
    }

    /** The graph for a viewer to draw. Read it; change it only through this class. */
    public Graph graph() {
        return graph;
    }

    /** Replaces all states, placing each at its position; shows no tie until {@link #show}. */
    public void reset(List<State> states, Layout layout) {
        reset(states, layout, false);
    }

    /** As {@link #reset(List, Layout)}; {@code denseTies} keeps the ties out of the graph (see the class). */
    public void reset(List<State> states, Layout layout, boolean denseTies) {
        graph.clear();
        dense = denseTies;
        tiesByEdgeId.clear();
        tieCountsByState.clear();
        statesByCode.clear();
        existing.clear();
        gainedIds = Set.of();
        lostByEdgeId = Map.of();
        shownDate = null;
        for (State state : states) {
            Node node = graph.addNode(state.code());
            node.setAttribute("ui.label", state.name());
            node.setAttribute("ui.class", DORMANT_CLASS);
            statesByCode.put(state.code(), state);
        }
        move(layout);
    }

    /** Places every state at its position in another layout; the network stays as it is. */
    public void move(Layout layout) {
        for (Node node : graph) {
            Layout.Point point = layout.positionOf(node.getId()).orElse(new Layout.Point(0, 0));
            node.setAttribute("xyz", point.x(), point.y(), 0.0);
        }
    }

    /** Brings the graph to the network of a snapshot, changing only what differs from what is shown. */
    public void show(Snapshot snapshot) {
        shownDate = snapshot.date();
        Set<String> wanted = new HashSet<>();
        for (Tie tie : snapshot.ties()) {
            wanted.add(tie.id());
        }
        for (Tie shown : List.copyOf(tiesByEdgeId.values())) {
            if (!wanted.contains(shown.id())) {
                removeTie(shown);
            }
        }
        for (Tie tie : snapshot.ties()) {
            addEdge(tie);
        }
        existing.clear();
        for (State state : snapshot.states()) {
            existing.add(state.code());
        }
        restyleAll();
    }

    /**
     * Applies the changes from the date shown to another date. Returns false, changing nothing, if the diff does
     * not start at the date shown.
     */
    public boolean apply(SnapshotDiff diff) {
        if (!diff.from().equals(shownDate)) {
            return false;
        }
        Set<Node> touched = new HashSet<>();
        for (Tie tie : diff.tiesRemoved()) {
            if (removeTie(tie)) {
                touched.add(graph.getNode(tie.from()));
                touched.add(graph.getNode(tie.to()));
            }
        }
        Set<Edge> added = new HashSet<>();
        for (Tie tie : diff.tiesAdded()) {
            if (addEdge(tie)) {
                if (!dense) {
                    added.add(graph.getEdge(tie.id()));
                }
                touched.add(graph.getNode(tie.from()));
                touched.add(graph.getNode(tie.to()));
            }
        }
        for (State state : diff.statesAdded()) {
            existing.add(state.code());
            Optional.ofNullable(graph.getNode(state.code())).ifPresent(touched::add);
        }
        for (State state : diff.statesRemoved()) {
            existing.remove(state.code());
            Optional.ofNullable(graph.getNode(state.code())).ifPresent(touched::add);
        }
        shownDate = diff.to();
        if (options.focus() != null) {
            // Who neighbours the focus may have changed anywhere.
            restyleAll();
        } else {
            added.forEach(this::restyle);
            touched.forEach(this::restyle);
        }
        return true;
    }

    /** Hides, dims or stresses parts of the network; the network itself does not change. */
    public void setOptions(DisplayOptions newOptions) {
        options = newOptions;
        restyleAll();
    }

    public DisplayOptions options() {
        return options;
    }

    /** Marks the ties gained since another date and draws those lost, faded; null stops comparing. */
    public void setComparison(Comparison newComparison) {
        graph.edges().filter(e -> e.getId().startsWith(LOST_PREFIX)).toList().forEach(graph::removeEdge);
        gainedIds = new HashSet<>();
        lostByEdgeId = new HashMap<>();
        if (newComparison != null) {
            newComparison.gained().forEach(t -> gainedIds.add(t.id()));
            for (Tie tie : newComparison.lost()) {
                lostByEdgeId.put(LOST_PREFIX + tie.id(), tie);
                if (!dense && graph.getNode(tie.from()) != null && graph.getNode(tie.to()) != null) {
                    graph.addEdge(LOST_PREFIX + tie.id(), tie.from(), tie.to(), true);
                }
            }
        }
        restyleAll();
    }

    /** Adds an active tie (as an edge unless dense); false if it is shown already or a state is unknown. */
    private boolean addEdge(Tie tie) {
        // A tie's id is built anew on each call: build it once.
        String id = tie.id();
        if (tiesByEdgeId.containsKey(id) || graph.getNode(tie.from()) == null || graph.getNode(tie.to()) == null) {
            return false;
        }
        if (!dense) {
            graph.addEdge(id, tie.from(), tie.to(), true);
        }
        tiesByEdgeId.put(id, tie);
        count(tie, 1);
        return true;
    }

    /** Removes an active tie; false if it was not shown. */
    private boolean removeTie(Tie tie) {
        String id = tie.id();
        if (tiesByEdgeId.remove(id) == null) {
            return false;
        }
        if (!dense) {
            graph.removeEdge(id);
        }
        count(tie, -1);
        return true;
    }

    /** Counted by type and confidence, so that hiding a type or the less sure ties needs no new count. */
    private void count(Tie tie, int change) {
        int slot = slot(tie.type(), tie.confidence());
        tieCountsByState.computeIfAbsent(tie.from(), code -> new int[COUNT_SLOTS])[slot] += change;
        if (!tie.to().equals(tie.from())) {
            tieCountsByState.computeIfAbsent(tie.to(), code -> new int[COUNT_SLOTS])[slot] += change;
        }
    }

    private static final int COUNT_SLOTS = TieType.values().length * Confidence.values().length;

    private static int slot(TieType type, Confidence confidence) {
        return type.ordinal() * Confidence.values().length + confidence.ordinal();
    }

    private void restyleAll() {
        focusNeighbours = focusNeighbours();
        graph.edges().forEach(this::restyle);
        graph.nodes().forEach(this::restyle);
    }

    /** The states with an active tie to or from the focus; empty without a focus. */
    private Set<String> focusNeighbours() {
        String focus = options.focus();
        if (focus == null) {
            return Set.of();
        }
        Set<String> neighbours = new HashSet<>();
        for (Tie tie : tiesByEdgeId.values()) {
            if (tie.from().equals(focus)) {
                neighbours.add(tie.to());
            } else if (tie.to().equals(focus)) {
                neighbours.add(tie.from());
            }
        }
        return neighbours;
    }

    private void restyle(Edge edge) {
        boolean lost = edge.getId().startsWith(LOST_PREFIX);
        Tie tie = lost ? lostByEdgeId.get(edge.getId()) : tiesByEdgeId.get(edge.getId());
        if (tie == null) {
            return;
        }
        String suffix;
        if (lost) {
            suffix = LOST;
        } else if (options.focus() != null && !touchesFocus(edge)) {
            suffix = DIMMED;
        } else if (gainedIds.contains(edge.getId())) {
            suffix = GAINED;
        } else {
            suffix = "";
        }
        setClass(edge, tie.type().code() + suffix);
        setHidden(edge, !options.shows(tie));
    }

    private boolean touchesFocus(Edge edge) {
        return edge.getSourceNode().getId().equals(options.focus()) || edge.getTargetNode().getId().equals(options.focus());
    }

    private void restyle(Node node) {
        boolean active = activeTieCount(node) > 0;
        String code = node.getId();
        String wanted;
        if (code.equals(options.selected())) {
            wanted = SELECTED_CLASS;
        } else {
            wanted = active ? ACTIVE_CLASS : DORMANT_CLASS;
            if (options.focus() != null && !code.equals(options.focus()) && !focusNeighbours.contains(code)) {
                wanted += DIMMED;
            }
        }
        setClass(node, wanted);
        boolean hidden = !existing.contains(code) || (options.hideStatesWithoutTies() && !active
                && !code.equals(options.selected()));
        setHidden(node, hidden);
    }

    /** Active ties shown (of a type shown, as sure as asked); lost ties of a comparison do not count. */
    private long activeTieCount(Node node) {
        int[] counts = tieCountsByState.get(node.getId());
        if (counts == null) {
            return 0;
        }
        long count = 0;
        for (TieType type : TieType.values()) {
            for (Confidence confidence : Confidence.values()) {
                if (options.shows(type) && confidence.isAtLeast(options.leastConfidence())) {
                    count += counts[slot(type, confidence)];
                }
            }
        }
        return count;
    }

    private static void setClass(org.graphstream.graph.Element element, String wanted) {
        if (!wanted.equals(element.getAttribute("ui.class"))) {
            element.setAttribute("ui.class", wanted);
        }
    }

    private static void setHidden(org.graphstream.graph.Element element, boolean hidden) {
        if (hidden && !element.hasAttribute("ui.hide")) {
            element.setAttribute("ui.hide");
        } else if (!hidden && element.hasAttribute("ui.hide")) {
            element.removeAttribute("ui.hide");
        }
    }

    /** The date of the network shown, or null before the first. */
    public LocalDate shownDate() {
        return shownDate;
    }

    /** Where a state is placed, in layout units. */
    public Optional<Layout.Point> positionOf(String code) {
        Node node = graph.getNode(code);
        if (node == null) {
            return Optional.empty();
        }
        double[] xyz = GraphPosLengthUtils.nodePosition(node);
        return Optional.of(new Layout.Point(xyz[0], xyz[1]));
    }

    /** The tie an edge of the graph stands for (also a lost tie of a comparison). */
    public Optional<Tie> tieOf(String edgeId) {
        return Optional.ofNullable(edgeId.startsWith(LOST_PREFIX) ? lostByEdgeId.get(edgeId) : tiesByEdgeId.get(edgeId));
    }

    /** The state a node of the graph stands for. */
    public Optional<State> stateOf(String nodeId) {
        return Optional.ofNullable(statesByCode.get(nodeId));
    }

    /** The ids of the edges of active ties, which are the ids of their ties. */
    public Set<String> shownTieIds() {
        return Set.copyOf(tiesByEdgeId.keySet());
    }

    /** The class an element is drawn with (for reading what is drawn). */
    public String styleOf(String nodeOrEdgeId) {
        org.graphstream.graph.Element element = graph.getNode(nodeOrEdgeId);
        if (element == null) {
            element = graph.getEdge(nodeOrEdgeId);
        }
        return element == null ? null : (String) element.getAttribute("ui.class");
    }

    /** Whether a state is drawn as having an active tie. */
    public boolean isActive(String code) {
        Node node = graph.getNode(code);
        return node != null && activeTieCount(node) > 0;
    }

    /** Whether a state or tie is shown at all (a tie of a dense network too, though it is not an edge). */
    public boolean isVisible(String nodeOrEdgeId) {
        org.graphstream.graph.Element element = graph.getNode(nodeOrEdgeId);
        if (element == null) {
            element = graph.getEdge(nodeOrEdgeId);
        }
        if (element == null && dense) {
            return tieOf(nodeOrEdgeId).filter(options::shows).isPresent();
        }
        return element != null && !element.hasAttribute("ui.hide");
    }
}
