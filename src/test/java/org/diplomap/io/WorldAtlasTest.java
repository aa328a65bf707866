package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorldAtlasTest {

    private final WorldAtlas atlas = WorldAtlas.bundled();

    @ParameterizedTest
    @CsvSource({
        "AFG, 69.2, 34.5",   // Kabul
        "RUS, 37.6, 55.8",   // Moscow
        "CHN, 116.4, 39.9",  // Beijing
        "USA, -77.0, 38.9",  // Washington
        "FRA, 2.35, 48.86",  // Paris
    })
    void placesAStateAtItsCapital(String code, double lon, double lat) {
        GeoPoint position = atlas.positionOf(code).orElseThrow();

        assertThat(position.lon()).isCloseTo(lon, within(1.0));
        assertThat(position.lat()).isCloseTo(lat, within(1.0));
    }

    @Test
    void everyCodeTheJdkListsHasAPositionOnTheGlobe() {
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            assertThat(atlas.positionOf(code)).as(code).hasValueSatisfying(p -> {
                assertThat(p.lon()).isBetween(-180.0, 180.0);
                assertThat(p.lat()).isBetween(-90.0, 90.0);
            });
        }
    }

    @Test
    void aHistoricalCodeHasNoPosition() {
        assertThat(atlas.positionOf("SUN")).isEmpty();
        assertThat(atlas.positionOf("YUG")).isEmpty();
        assertThat(atlas.outlineOf("SUN")).isEmpty();
    }

    @Test
    void outlinesAreClosedRingsOfLongitudesAndLatitudes() {
        assertThat(atlas.outlines()).hasSizeGreaterThan(170);
        for (Outline outline : atlas.outlines()) {
            assertThat(outline.polygons()).as(outline.code()).isNotEmpty();
            for (double[][] polygon : outline.polygons()) {
                for (double[] ring : polygon) {
                    assertThat(ring.length % 2).as(outline.code()).isZero();
                    assertThat(ring.length).as(outline.code()).isGreaterThanOrEqualTo(6);
                    for (int i = 0; i < ring.length; i += 2) {
                        assertThat(ring[i]).isBetween(-180.0, 180.0);
                        assertThat(ring[i + 1]).isBetween(-90.0, 90.0);
                    }
                }
            }
        }
    }

    @Test
    void afghanistanAndRussiaHaveOutlinesAroundTheirCapitals() {
        assertThat(contains(atlas.outlineOf("AFG").orElseThrow(), atlas.positionOf("AFG").orElseThrow())).isTrue();
        assertThat(contains(atlas.outlineOf("RUS").orElseThrow(), atlas.positionOf("RUS").orElseThrow())).isTrue();
        assertThat(contains(atlas.outlineOf("RUS").orElseThrow(), atlas.positionOf("CHN").orElseThrow())).isFalse();
        // Russia is cut at the 180th meridian into several polygons.
        assertThat(atlas.outlineOf("RUS").orElseThrow().polygons()).hasSizeGreaterThan(1);
    }

    private static boolean contains(Outline outline, GeoPoint point) {
        for (double[][] polygon : outline.polygons()) {
            double[] ring = polygon[0];
            boolean inside = false;
            for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
                double x0 = ring[j];
                double y0 = ring[j + 1];
                double x1 = ring[i];
                double y1 = ring[i + 1];
                if ((y0 > point.lat()) != (y1 > point.lat())
                        && point.lon() < (x1 - x0) * (point.lat() - y0) / (y1 - y0) + x0) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }
}
