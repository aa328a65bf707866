package org.diplomap.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;

/**
 * The GraphStream graph of the network view, and the one class that changes it. Every state of the dataset is
 * a node, placed once at its layout position; moving to another date only adds and removes the edges that
 * differ and re-colours the states whose activity changed ({@link #apply} does it from a diff, in time that grows
 * with the changes). Call it from one thread only (the FX thread,
 * where the viewer reads the graph).
 */
public final class NetworkGraph {

    private final Graph graph = new MultiGraph("network", false, true);
    private final Map<String, Tie> tiesByEdgeId = new HashMap<>();
    private final Map<String, State> statesByCode = new HashMap<>();
    private LocalDate shownDate;

    public NetworkGraph() {
        applyStyle();
    }

    private void applyStyle() {
        graph.setAttribute("ui.stylesheet", GraphStyleSheet.css());
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
    }

    /** The graph for a viewer to draw. Read it; change it only through this class. */
    public Graph graph() {
        return graph;
    }

    /** Replaces all states, placing each at its position; shows no tie until {@link #show}. */
    public void reset(List<State> states, Layout layout) {
        graph.clear();
        applyStyle();
        tiesByEdgeId.clear();
        statesByCode.clear();
        shownDate = null;
        for (State state : states) {
            Node node = graph.addNode(state.code());
            Layout.Point point = layout.positionOf(state.code()).orElse(new Layout.Point(0, 0));
            node.setAttribute("xyz", point.x(), point.y(), 0.0);
            node.setAttribute("ui.label", state.name());
            node.setAttribute("ui.class", GraphStyleSheet.DORMANT_CLASS);
            statesByCode.put(state.code(), state);
        }
    }

    /** Brings the graph to the network of a snapshot, changing only what differs from what is shown. */
    public void show(Snapshot snapshot) {
        shownDate = snapshot.date();
        Set<String> wanted = new HashSet<>();
        for (Tie tie : snapshot.ties()) {
            wanted.add(tie.id());
        }
        for (String shown : Set.copyOf(tiesByEdgeId.keySet())) {
            if (!wanted.contains(shown)) {
                graph.removeEdge(shown);
                tiesByEdgeId.remove(shown);
            }
        }
        for (Tie tie : snapshot.ties()) {
            addEdge(tie);
        }
        Set<String> existing = new HashSet<>();
        for (State state : snapshot.states()) {
            existing.add(state.code());
        }
        for (Node node : graph) {
            setVisible(node, existing.contains(node.getId()));
            updateActivity(node);
        }
    }

    /**
     * Applies the changes from the date shown to another date: the cost grows with the number of changes, not
     * with the size of the network. Returns false, changing nothing, if the diff does not start at the date shown.
     */
    public boolean apply(SnapshotDiff diff) {
        if (!diff.from().equals(shownDate)) {
            return false;
        }
        Set<Node> touched = new HashSet<>();
        for (Tie tie : diff.tiesRemoved()) {
            Edge edge = graph.getEdge(tie.id());
            if (edge != null) {
                touched.add(edge.getSourceNode());
                touched.add(edge.getTargetNode());
                graph.removeEdge(edge);
            }
            tiesByEdgeId.remove(tie.id());
        }
        for (Tie tie : diff.tiesAdded()) {
            addEdge(tie).ifPresent(edge -> {
                touched.add(edge.getSourceNode());
                touched.add(edge.getTargetNode());
            });
        }
        for (State state : diff.statesAdded()) {
            Optional.ofNullable(graph.getNode(state.code())).ifPresent(node -> setVisible(node, true));
        }
        for (State state : diff.statesRemoved()) {
            Optional.ofNullable(graph.getNode(state.code())).ifPresent(node -> setVisible(node, false));
        }
        touched.forEach(NetworkGraph::updateActivity);
        shownDate = diff.to();
        return true;
    }

    private Optional<Edge> addEdge(Tie tie) {
        if (tiesByEdgeId.containsKey(tie.id()) || graph.getNode(tie.from()) == null || graph.getNode(tie.to()) == null) {
            return Optional.empty();
        }
        Edge edge = graph.addEdge(tie.id(), tie.from(), tie.to(), true);
        edge.setAttribute("ui.class", tie.type().code());
        tiesByEdgeId.put(tie.id(), tie);
        return Optional.of(edge);
    }

    private static void updateActivity(Node node) {
        String wanted = node.getDegree() > 0 ? GraphStyleSheet.ACTIVE_CLASS : GraphStyleSheet.DORMANT_CLASS;
        if (!wanted.equals(node.getAttribute("ui.class"))) {
            node.setAttribute("ui.class", wanted);
        }
    }

    /** The date of the network shown, or null before the first. */
    public LocalDate shownDate() {
        return shownDate;
    }

    private static void setVisible(Node node, boolean visible) {
        if (visible && node.hasAttribute("ui.hide")) {
            node.removeAttribute("ui.hide");
        } else if (!visible && !node.hasAttribute("ui.hide")) {
            node.setAttribute("ui.hide");
        }
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

    /** The tie an edge of the graph stands for. */
    public Optional<Tie> tieOf(String edgeId) {
        return Optional.ofNullable(tiesByEdgeId.get(edgeId));
    }

    /** The state a node of the graph stands for. */
    public Optional<State> stateOf(String nodeId) {
        return Optional.ofNullable(statesByCode.get(nodeId));
    }

    /** The ids of the edges shown, which are the ids of their ties. */
    public Set<String> shownTieIds() {
        return Set.copyOf(tiesByEdgeId.keySet());
    }

    /** Whether a state is drawn as having an active tie. */
    public boolean isActive(String code) {
        Node node = graph.getNode(code);
        return node != null && GraphStyleSheet.ACTIVE_CLASS.equals(node.getAttribute("ui.class"));
    }

    /** Whether a state is drawn at all (it exists at the date shown). */
    public boolean isVisible(String code) {
        Node node = graph.getNode(code);
        return node != null && !node.hasAttribute("ui.hide");
    }
}
