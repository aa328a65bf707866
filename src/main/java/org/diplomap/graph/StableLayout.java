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
        for (Node node : graph) {
            double[] xyz = GraphPosLengthUtils.nodePosition(node);
            positions.put(node.getId(), new Layout.Point(xyz[0], xyz[1]));
        }
        return new Layout(positions);
    }
}
