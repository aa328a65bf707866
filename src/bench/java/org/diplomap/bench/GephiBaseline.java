package org.diplomap.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.gephi.graph.api.Configuration;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.TimeIndex;
import org.gephi.graph.api.TimeRepresentation;

/**
 * The same network in Gephi's graph store (org.gephi:graphstore, the engine under Gephi's timeline): a state is
 * a node, a tie a directed edge of its type, each with the interval it exists in, as epoch days. Gephi's
 * intervals are closed, ours half-open: a tie ending on day E is active up to E - 1, so its interval ends a day
 * earlier; an open tie or a state without a start extends to infinity.
 */
final class GephiBaseline {

    private final GraphModel model;

    GephiBaseline(List<Tie> ties, List<State> states) {
        model = GraphModel.Factory.newInstance(Configuration.builder()
                .timeRepresentation(TimeRepresentation.INTERVAL)
                .enableIndexTime(true)
                .enableParallelEdgesSameType(true)
                .build());
        DirectedGraph graph = model.getDirectedGraph();
        Map<String, Node> nodes = new HashMap<>();
        for (State state : states) {
            Node node = model.factory().newNode(state.code());
            node.setLabel(state.name());
            node.addInterval(new Interval(
                    state.start() == null ? Double.NEGATIVE_INFINITY : state.start().firstDay().toEpochDay(),
                    state.end() == null ? Double.POSITIVE_INFINITY : state.end().firstDay().toEpochDay() - 1));
            graph.addNode(node);
            nodes.put(state.code(), node);
        }
        Map<TieType, Integer> types = new HashMap<>();
        for (TieType type : TieType.values()) {
            types.put(type, model.addEdgeType(type.code()));
        }
        for (Tie tie : ties) {
            Edge edge = model.factory().newEdge(tie.id(), nodes.get(tie.from()), nodes.get(tie.to()),
                    types.get(tie.type()), 1.0, true);
            edge.addInterval(new Interval(tie.start().firstDay().toEpochDay(),
                    tie.end() == null ? Double.POSITIVE_INFINITY : tie.end().firstDay().toEpochDay() - 1));
            graph.addEdge(edge);
        }
    }

    TimeIndex<Edge> edgeTimes() {
        return model.getEdgeTimeIndex();
    }

    TimeIndex<Node> nodeTimes() {
        return model.getNodeTimeIndex();
    }

    int edgesAt(LocalDate day) {
        int count = 0;
        for (Edge edge : edgeTimes().get(day.toEpochDay())) {
            count++;
        }
        return count;
    }

    int nodesAt(LocalDate day) {
        int count = 0;
        for (Node node : nodeTimes().get(day.toEpochDay())) {
            count++;
        }
        return count;
    }
}
