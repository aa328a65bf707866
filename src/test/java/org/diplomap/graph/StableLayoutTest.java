package org.diplomap.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.store.Workspace;
import org.junit.jupiter.api.Test;

class StableLayoutTest {

    private final Dataset dataset = Workspace.bundledDataset();

    @Test
    void everyStateGetsItsOwnPlace() {
        Layout layout = StableLayout.compute(dataset.states(), dataset.ties());

        Set<Layout.Point> places = new HashSet<>();
        for (State state : dataset.states()) {
            Layout.Point point = layout.positionOf(state.code()).orElseThrow();
            places.add(new Layout.Point(Math.round(point.x() * 100) / 100.0, Math.round(point.y() * 100) / 100.0));
        }
        assertThat(places).hasSize(dataset.states().size());
    }

    @Test
    void theSameDatasetAlwaysGetsTheSameLayout() {
        assertThat(StableLayout.compute(dataset.states(), dataset.ties()))
                .isEqualTo(StableLayout.compute(dataset.states(), dataset.ties()));
    }

    @Test
    void aStateWithoutTiesIsPlacedToo() {
        List<State> states = List.of(new State("AAA", "A"), new State("BBB", "B"));

        Layout layout = StableLayout.compute(states, List.of());

        assertThat(layout.positions()).containsKeys("AAA", "BBB");
        assertThat(layout.positionOf("AAA")).isNotEqualTo(layout.positionOf("BBB"));
    }
}
