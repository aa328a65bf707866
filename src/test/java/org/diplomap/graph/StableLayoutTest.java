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

    @Test
    void statesThatNeverHaveATieStandJustAroundTheOthersNotFarAway() {
        Dataset bundled = Workspace.bundledDataset();
        List<State> states = new java.util.ArrayList<>(bundled.states());
        states.add(new State("XXA", "Alone one"));
        states.add(new State("XXB", "Alone two"));

        Layout layout = StableLayout.compute(states, bundled.ties());

        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (State state : bundled.states()) {
            Layout.Point p = layout.positionOf(state.code()).orElseThrow();
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double slackX = (maxX - minX) * 0.2;
        double slackY = (maxY - minY) * 0.2;
        for (String alone : List.of("XXA", "XXB")) {
            Layout.Point p = layout.positionOf(alone).orElseThrow();
            assertThat(p.x()).as(alone).isBetween(minX - slackX, maxX + slackX);
            assertThat(p.y()).as(alone).isBetween(minY - slackY, maxY + slackY);
        }
        assertThat(layout.positionOf("XXA")).isNotEqualTo(layout.positionOf("XXB"));
    }
}
