package org.diplomap.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * A force-directed layout of every state over the union of all ties of all dates. It runs once, to the end,
 * on a private graph: the positions then stay put whatever the date, and no layout thread runs while the user
 * scrubs. A fixed seed makes the same dataset always look the same.
 */
public final class StableLayout {

    private static final long SEED = 20_250_703L;
    private static final int MAX_STEPS = 2_000;

    private StableLayout() {
    }

    public static Layout compute(List<State> states, List<Tie> ties) {
        Graph graph = new SingleGraph("layout", false, true);
        SpringBox springs = new SpringBox(false, new Random(SEED));
        springs.setQuality(0.9);
        // The layout only hears of what is added after it listens.
        graph.addSink(springs);
        springs.addAttributeSink(graph);
        for (State state : states) {
            graph.addNode(state.code());
        }
        for (Tie tie : ties) {
            // One spring per pair of states, whatever the number of ties or their direction.
            String a = tie.from().compareTo(tie.to()) < 0 ? tie.from() : tie.to();
            String b = a.equals(tie.from()) ? tie.to() : tie.from();
            String id = a + "-" + b;
            if (graph.getEdge(id) == null && graph.getNode(a) != null && graph.getNode(b) != null) {
                graph.addEdge(id, a, b);
            }
        }
        for (int step = 0; step < MAX_STEPS && springs.getStabilization() < springs.getStabilizationLimit(); step++) {
            springs.compute();
        }
        graph.removeSink(springs);
        springs.removeAttributeSink(graph);

        Map<String, Layout.Point> positions = new HashMap<>();
        List<String> untied = new java.util.ArrayList<>();
        for (Node node : graph) {
            if (node.getDegree() == 0) {
                untied.add(node.getId());
            } else {
                double[] xyz = GraphPosLengthUtils.nodePosition(node);
                positions.put(node.getId(), new Layout.Point(xyz[0], xyz[1]));
            }
        }
        placeAround(positions, untied);
        return new Layout(positions);
    }

    /**
     * Puts the states that never have a tie on a ring just around the others. Nothing holds them to the network, so
     * the springs push them far out, and the picture, fitted to every state, would shrink the network to a corner.
     */
    private static void placeAround(Map<String, Layout.Point> positions, List<String> untied) {
        if (untied.isEmpty()) {
            return;
        }
        double minX = positions.values().stream().mapToDouble(Layout.Point::x).min().orElse(-1);
        double maxX = positions.values().stream().mapToDouble(Layout.Point::x).max().orElse(1);
        double minY = positions.values().stream().mapToDouble(Layout.Point::y).min().orElse(-1);
        double maxY = positions.values().stream().mapToDouble(Layout.Point::y).max().orElse(1);
        double centreX = (minX + maxX) / 2;
        double centreY = (minY + maxY) / 2;
        double radiusX = Math.max((maxX - minX) / 2, 1e-3) * 1.08;
        double radiusY = Math.max((maxY - minY) / 2, 1e-3) * 1.08;
        List<String> ordered = untied.stream().sorted().toList();
        for (int i = 0; i < ordered.size(); i++) {
            // Spread evenly round the ring, starting at the top left, the same for the same states.
            double angle = Math.PI * 0.75 + 2 * Math.PI * i / ordered.size();
            positions.put(ordered.get(i), new Layout.Point(centreX + radiusX * Math.cos(angle),
                    centreY + radiusY * Math.sin(angle)));
        }
    }

    /**
     * The layout of an edited dataset: the states laid out before keep their places, so that nothing moves when
     * a tie or a state is added; a new state goes to the middle of its neighbours through its ties, a little
     * aside, or beside the others when it has none. States no longer in the dataset are left out.
     */
    public static Layout extend(Layout layout, List<State> states, List<Tie> ties) {
        Map<String, Layout.Point> positions = new HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (State state : states) {
            layout.positionOf(state.code()).ifPresentOrElse(p -> positions.put(state.code(), p),
                    () -> missing.add(state.code()));
        }
        if (missing.isEmpty()) {
            return new Layout(positions);
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Layout.Point p : positions.values()) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        boolean empty = positions.isEmpty();
        double span = empty ? 1 : Math.max(Math.max(maxX - minX, maxY - minY), 1e-6);
        int aside = 0;
        for (String code : missing) {
            double sumX = 0;
            double sumY = 0;
            int neighbours = 0;
            for (Tie tie : ties) {
                String other = tie.from().equals(code) ? tie.to() : tie.to().equals(code) ? tie.from() : null;
                Layout.Point p = other == null ? null : positions.get(other);
                if (p != null) {
                    sumX += p.x();
                    sumY += p.y();
                    neighbours++;
                }
            }
            aside++;
            // Turned by the golden angle each time, so that new states do not land on one another.
            double angle = aside * 2.399963;
            double offset = span * 0.08;
            Layout.Point placed = neighbours > 0
                    ? new Layout.Point(sumX / neighbours + offset * Math.cos(angle), sumY / neighbours + offset * Math.sin(angle))
                    : empty ? new Layout.Point(aside * Math.cos(angle), aside * Math.sin(angle))
                    : new Layout.Point(maxX + span * 0.1, minY + (aside * 0.1 % 1.0) * span);
            positions.put(code, placed);
        }
        return new Layout(positions);
    }
}
