package org.diplomap.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where states are on the globe, and the outlines of countries, read from the reference data the program ships
 * in {@code assets/world/} (see its README for the origin). A code the reference data does not list, such as a
 * historical state's, has neither.
 */
public final class WorldAtlas {

    private static final String POSITIONS = "/assets/world/state-positions.csv";
    private static final String OUTLINES = "/assets/world/countries.json";

    private final Map<String, GeoPoint> positions;
    private final List<Outline> outlines;

    private WorldAtlas(Map<String, GeoPoint> positions, List<Outline> outlines) {
        this.positions = Collections.unmodifiableMap(positions);
        this.outlines = List.copyOf(outlines);
    }

    /** The bundled reference data, read once on first use. */
    public static WorldAtlas bundled() {
        return Bundled.ATLAS;
    }

    private static final class Bundled {
        static final WorldAtlas ATLAS = new WorldAtlas(readPositions(), readOutlines());
    }

    public Optional<GeoPoint> positionOf(String code) {
        return Optional.ofNullable(positions.get(code));
    }

    /** Every outline, sorted by code. */
    public List<Outline> outlines() {
        return outlines;
    }

    public Optional<Outline> outlineOf(String code) {
        return outlines.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    private static InputStream open(String resource) {
        InputStream in = WorldAtlas.class.getResourceAsStream(resource);
        if (in == null) {
            // Only a broken build can lose it: the jar and the test classpath both carry assets/.
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    private static Map<String, GeoPoint> readPositions() {
        Map<String, GeoPoint> positions = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(POSITIONS), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                // Read the numbers from the right, so that a name with a comma in it cannot shift them.
                int sourceAt = line.lastIndexOf(',');
                int latAt = line.lastIndexOf(',', sourceAt - 1);
                int lonAt = line.lastIndexOf(',', latAt - 1);
                String code = line.substring(0, line.indexOf(','));
                double lon = Double.parseDouble(line.substring(lonAt + 1, latAt));
                double lat = Double.parseDouble(line.substring(latAt + 1, sourceAt));
                positions.put(code, new GeoPoint(lon, lat));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(POSITIONS, e);
        }
        return positions;
    }

    private static List<Outline> readOutlines() {
        JsonNode root;
        try (InputStream in = open(OUTLINES)) {
            root = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(OUTLINES, e);
        }
        List<Outline> outlines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> country : root.get("outlines").properties()) {
            List<double[][]> polygons = new ArrayList<>();
            for (JsonNode polygon : country.getValue()) {
                double[][] rings = new double[polygon.size()][];
                for (int r = 0; r < rings.length; r++) {
                    JsonNode ring = polygon.get(r);
                    rings[r] = new double[ring.size()];
                    for (int i = 0; i < ring.size(); i++) {
                        rings[r][i] = ring.get(i).doubleValue();
                    }
                }
                polygons.add(rings);
            }
            outlines.add(new Outline(country.getKey(), polygons));
        }
        outlines.sort((a, b) -> a.code().compareTo(b.code()));
        return outlines;
    }
}
