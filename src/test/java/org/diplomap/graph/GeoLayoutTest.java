package org.diplomap.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.State;
import org.diplomap.store.Workspace;
import org.junit.jupiter.api.Test;

class GeoLayoutTest {

    private final WorldAtlas atlas = WorldAtlas.bundled();

    private static List<State> states(String... codes) {
        return java.util.Arrays.stream(codes).map(code -> new State(code, code)).toList();
    }

    private static List<State> everyIsoState() {
        List<State> states = new ArrayList<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            states.add(new State(code, code));
        }
        return states;
    }

    @Test
    void placesStatesAtLongitudeAndLatitude() {
        Layout layout = GeoLayout.compute(states("AFG", "RUS", "CHN", "USA"), atlas);

        Layout.Point kabul = layout.positionOf("AFG").orElseThrow();
        assertThat(kabul.x()).isBetween(68.7, 69.7);
        assertThat(kabul.y()).isBetween(34.0, 35.0);
        assertThat(layout.positionOf("RUS").orElseThrow().x()).as("Moscow lies west of Beijing")
                .isLessThan(layout.positionOf("CHN").orElseThrow().x());
        assertThat(layout.positionOf("USA").orElseThrow().x()).isNegative();
        assertThat(layout.positionOf("RUS").orElseThrow().y()).as("Moscow lies north of Kabul")
                .isGreaterThan(kabul.y());
    }

    @Test
    void aStateWithoutAPlaceOnTheMapStandsInARowBelowIt() {
        Layout layout = GeoLayout.compute(states("AFG", "RUS", "SUN", "YUG"), atlas);

        Layout.Point sun = layout.positionOf("SUN").orElseThrow();
        Layout.Point yug = layout.positionOf("YUG").orElseThrow();
        assertThat(sun.y()).isEqualTo(yug.y()).isLessThanOrEqualTo(-60.0);
        assertThat(sun.x()).isNotEqualTo(yug.x());
    }

    @Test
    void manyStatesWithoutAPlaceStayWithinTheMapsWidth() {
        List<State> historical = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            historical.add(new State("OLD" + i, "Old " + i));
        }

        Layout layout = GeoLayout.compute(historical, atlas);

        assertThat(layout.positions().values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(-180.0, 180.0);
            assertThat(p.y()).isLessThanOrEqualTo(-60.0);
        });
        assertThat(layout.positions().values().stream().distinct()).hasSize(60);
    }

    @Test
    void statesWithNearlyTheSameCapitalArePushedApart() {
        Layout layout = GeoLayout.compute(states("ITA", "VAT", "COD", "COG"), atlas);

        assertThat(distance(layout, "ITA", "VAT")).isGreaterThanOrEqualTo(GeoLayout.MIN_SEPARATION);
        assertThat(distance(layout, "COD", "COG")).isGreaterThanOrEqualTo(GeoLayout.MIN_SEPARATION);
        // Nudged, not moved away: each stays within a degree of its capital.
        assertThat(layout.positionOf("VAT").orElseThrow().x()).isBetween(11.45, 13.45);
        assertThat(layout.positionOf("VAT").orElseThrow().y()).isBetween(40.9, 42.9);
    }

    @Test
    void noTwoStatesShareAPointEvenWithEveryIsoStateAndHistoricalOnes() {
        List<State> states = new ArrayList<>(everyIsoState());
        states.addAll(states("SUN", "YUG", "CSK", "DDR"));

        Layout layout = GeoLayout.compute(states, atlas);

        assertThat(layout.positions()).hasSize(states.size());
        List<String> codes = List.copyOf(layout.positions().keySet());
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                assertThat(distance(layout, codes.get(i), codes.get(j))).as(codes.get(i) + " and " + codes.get(j))
                        .isGreaterThanOrEqualTo(GeoLayout.MIN_SEPARATION * 0.99);
            }
        }
    }

    @Test
    void theSameStatesAlwaysGetTheSameLayoutWhateverTheirOrder() {
        List<State> states = new ArrayList<>(everyIsoState());
        List<State> reversed = new ArrayList<>(states);
        java.util.Collections.reverse(reversed);

        assertThat(GeoLayout.compute(reversed, atlas)).isEqualTo(GeoLayout.compute(states, atlas));
    }

    @Test
    void everyStateOfTheBundledDatasetIsOnTheMap() {
        List<State> states = Workspace.bundledDataset().states();

        Layout layout = GeoLayout.compute(states, atlas);

        for (State state : states) {
            assertThat(layout.positionOf(state.code())).as(state.code())
                    .hasValueSatisfying(p -> assertThat(p.y()).isGreaterThan(-60.0));
        }
    }

    private static double distance(Layout layout, String a, String b) {
        Layout.Point p = layout.positionOf(a).orElseThrow();
        Layout.Point q = layout.positionOf(b).orElseThrow();
        return Math.hypot(p.x() - q.x(), p.y() - q.y());
    }
}
