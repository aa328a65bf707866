package org.diplomap.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.graphstream.graph.Node;
import org.junit.jupiter.api.Test;

class NetworkGraphTest {

    private final TimelineIndex index = TimelineIndex.of(Workspace.bundledDataset());
    private final Layout layout = StableLayout.compute(index.states(), index.ties());

    private NetworkGraph graphAt(LocalDate day) {
        NetworkGraph graph = new NetworkGraph();
        graph.reset(index.states(), layout);
        graph.show(index.snapshotAt(day));
        return graph;
    }

    /** What a person sees of the graph: the edges with their classes, the nodes with theirs and their visibility. */
    private static Map<String, Object> drawn(NetworkGraph graph) {
        Map<String, Object> drawn = new HashMap<>();
        graph.graph().edges().forEach(e -> drawn.put("edge " + e.getId(), e.getAttribute("ui.class")));
        for (Node node : graph.graph()) {
            drawn.put("node " + node.getId(), node.getAttribute("ui.class") + (node.hasAttribute("ui.hide") ? " hidden" : ""));
        }
        return drawn;
    }

    @Test
    void showingASnapshotDrawsOneEdgeOfItsTypePerActiveTie() {
        Snapshot snapshot = index.snapshotAt(LocalDate.of(2026, 2, 1));
        NetworkGraph graph = graphAt(snapshot.date());

        assertThat(graph.graph().getEdgeCount()).isEqualTo(snapshot.ties().size());
        for (Tie tie : snapshot.ties()) {
            assertThat(graph.graph().getEdge(tie.id()).<Object>getAttribute("ui.class")).isEqualTo(tie.type().code());
            assertThat(graph.graph().getEdge(tie.id()).isDirected()).isTrue();
        }
        assertThat(graph.isActive("RUS")).isTrue();
        assertThat(graph.isActive("SAU")).isFalse();
        assertThat(graph.isVisible("SAU")).isTrue();
    }

    @Test
    void applyingTheDiffBetweenAnyTwoDatesDrawsWhatShowingTheSecondDraws() {
        Random random = new Random(7);
        long first = LocalDate.of(1996, 1, 1).toEpochDay();
        long last = LocalDate.of(2026, 6, 1).toEpochDay();
        for (int i = 0; i < 200; i++) {
            LocalDate from = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first)));
            LocalDate to = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first)));
            NetworkGraph stepped = graphAt(from);

            assertThat(stepped.apply(index.diff(from, to))).isTrue();

            assertThat(drawn(stepped)).as("from %s to %s", from, to).isEqualTo(drawn(graphAt(to)));
            assertThat(stepped.shownDate()).isEqualTo(to);
        }
    }

    @Test
    void aDiffFromAnotherDateThanTheOneShownIsRefusedAndChangesNothing() {
        NetworkGraph graph = graphAt(LocalDate.of(2025, 7, 3));
        Map<String, Object> before = drawn(graph);

        boolean applied = graph.apply(index.diff(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 7, 2)));

        assertThat(applied).isFalse();
        assertThat(drawn(graph)).isEqualTo(before);
    }

    @Test
    void hidingATypeHidesItsEdgesAndStatesLeftWithoutShownTiesBecomeDormant() {
        NetworkGraph graph = graphAt(LocalDate.of(2025, 7, 3));

        graph.setOptions(DisplayOptions.DEFAULT.withType(TieType.ENGAGEMENT, false));

        Snapshot snapshot = index.snapshotAt(LocalDate.of(2025, 7, 3));
        for (Tie tie : snapshot.ties()) {
            assertThat(graph.isVisible(tie.id())).as(tie.id()).isEqualTo(tie.type() != TieType.ENGAGEMENT);
        }
        assertThat(graph.isActive("NOR")).isFalse();
        assertThat(graph.isActive("RUS")).isTrue();
    }

    @Test
    void hidingStatesWithoutTiesHidesDormantStatesOnly() {
        NetworkGraph graph = graphAt(LocalDate.of(2025, 7, 3));

        graph.setOptions(DisplayOptions.DEFAULT.withHideStatesWithoutTies(true));

        assertThat(graph.isVisible("SAU")).isFalse();
        assertThat(graph.isVisible("RUS")).isTrue();
        graph.setOptions(DisplayOptions.DEFAULT);
        assertThat(graph.isVisible("SAU")).isTrue();
    }

    @Test
    void focusKeepsTheStateAndItsNeighboursAndDimsTheRest() {
        NetworkGraph graph = graphAt(LocalDate.of(2025, 7, 3));

        graph.setOptions(DisplayOptions.DEFAULT.withFocus("RUS"));

        assertThat(graph.styleOf("RUS")).isEqualTo("active");
        assertThat(graph.styleOf("AFG")).isEqualTo("active");
        assertThat(graph.styleOf("PAK")).isEqualTo("activeDimmed");
        assertThat(graph.styleOf("SAU")).isEqualTo("dormantDimmed");
        Snapshot snapshot = index.snapshotAt(LocalDate.of(2025, 7, 3));
        for (Tie tie : snapshot.ties()) {
            assertThat(graph.styleOf(tie.id())).isEqualTo(tie.type().code()
                    + (tie.from().equals("RUS") ? "" : "Dimmed"));
        }
    }

    @Test
    void comparisonMarksTiesGainedAndDrawsTiesLostFaded() {
        LocalDate then = LocalDate.of(2001, 1, 1);
        LocalDate now = LocalDate.of(2025, 7, 3);
        NetworkGraph graph = graphAt(now);
        SnapshotDiff since = index.diff(then, now);

        graph.setComparison(new Comparison(then, since.tiesAdded(), since.tiesRemoved()));

        assertThat(since.tiesAdded()).isNotEmpty();
        assertThat(since.tiesRemoved()).isNotEmpty();
        for (Tie gained : since.tiesAdded()) {
            assertThat(graph.styleOf(gained.id())).isEqualTo(gained.type().code() + "Gained");
        }
        for (Tie lost : since.tiesRemoved()) {
            assertThat(graph.styleOf("lost|" + lost.id())).isEqualTo(lost.type().code() + "Lost");
            assertThat(graph.tieOf("lost|" + lost.id())).contains(lost);
        }
        graph.setComparison(null);
        assertThat(graph.graph().getEdgeCount()).isEqualTo(index.snapshotAt(now).ties().size());
    }

    private NetworkGraph denseGraphAt(LocalDate day) {
        NetworkGraph graph = new NetworkGraph();
        graph.reset(index.states(), layout, true);
        graph.show(index.snapshotAt(day));
        return graph;
    }

    /** The states as drawn: class and visibility of each node. */
    private static Map<String, Object> statesDrawn(NetworkGraph graph) {
        Map<String, Object> drawn = new HashMap<>();
        for (Node node : graph.graph()) {
            drawn.put(node.getId(), node.getAttribute("ui.class") + (node.hasAttribute("ui.hide") ? " hidden" : ""));
        }
        return drawn;
    }

    @Test
    void aDenseGraphHoldsNoEdgeButKnowsTheActiveTies() {
        Snapshot snapshot = index.snapshotAt(LocalDate.of(2025, 7, 3));
        NetworkGraph graph = denseGraphAt(snapshot.date());

        assertThat(graph.isDense()).isTrue();
        assertThat(graph.graph().getEdgeCount()).isZero();
        assertThat(graph.graph().getNodeCount()).isEqualTo(index.states().size());
        assertThat(graph.shownTieIds()).isEqualTo(snapshot.ties().stream().map(Tie::id).collect(
                java.util.stream.Collectors.toSet()));
        Tie tie = snapshot.ties().get(0);
        assertThat(graph.tieOf(tie.id())).contains(tie);
        assertThat(graph.isVisible(tie.id())).isTrue();
        graph.setOptions(DisplayOptions.DEFAULT.withType(tie.type(), false));
        assertThat(graph.isVisible(tie.id())).isFalse();
    }

    @Test
    void aDenseGraphStylesItsStatesAsTheGraphWithEdgesDoesWhateverTheStepsAndOptions() {
        Random random = new Random(11);
        long first = LocalDate.of(1996, 1, 1).toEpochDay();
        long last = LocalDate.of(2026, 6, 1).toEpochDay();
        List<DisplayOptions> options = List.of(DisplayOptions.DEFAULT,
                DisplayOptions.DEFAULT.withFocus("RUS"),
                DisplayOptions.DEFAULT.withType(TieType.ENGAGEMENT, false).withHideStatesWithoutTies(true),
                DisplayOptions.DEFAULT.withFocus("PAK").withSelected("AFG"));
        for (int i = 0; i < 100; i++) {
            LocalDate from = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first)));
            LocalDate to = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first)));
            DisplayOptions chosen = options.get(i % options.size());
            NetworkGraph dense = denseGraphAt(from);
            NetworkGraph withEdges = graphAt(to);
            dense.setOptions(chosen);
            withEdges.setOptions(chosen);

            assertThat(dense.apply(index.diff(from, to))).isTrue();

            assertThat(statesDrawn(dense)).as("from %s to %s with %s", from, to, chosen)
                    .isEqualTo(statesDrawn(withEdges));
            assertThat(dense.graph().getEdgeCount()).isZero();
        }
    }

    @Test
    void aDenseGraphComparedWithAnotherDateKeepsTheLostTiesWithoutDrawingThem() {
        LocalDate then = LocalDate.of(2001, 1, 1);
        LocalDate now = LocalDate.of(2025, 7, 3);
        NetworkGraph graph = denseGraphAt(now);
        SnapshotDiff since = index.diff(then, now);

        graph.setComparison(new Comparison(then, since.tiesAdded(), since.tiesRemoved()));

        assertThat(since.tiesRemoved()).isNotEmpty();
        assertThat(graph.graph().getEdgeCount()).isZero();
        for (Tie lost : since.tiesRemoved()) {
            assertThat(graph.tieOf("lost|" + lost.id())).contains(lost);
        }
    }

    @Test
    void onlyDatasetsOfMoreThanTwentyThousandTiesAreDense() {
        assertThat(NetworkGraph.isDense(NetworkGraph.DENSE_TIES)).isFalse();
        assertThat(NetworkGraph.isDense(NetworkGraph.DENSE_TIES + 1)).isTrue();
    }
}
