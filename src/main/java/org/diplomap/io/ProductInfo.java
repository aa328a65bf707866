package org.diplomap.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What this build of Diplomap is (its version and the day it was built) and what it carries of other people's work,
 * with their licences: the libraries in its jars and the reference data in its assets. The build writes both files.
 */
public record ProductInfo(String version, String buildDate, List<BundledPart> parts) {

    /** A library or a piece of reference data that Diplomap ships, and its licence. */
    public record BundledPart(Kind kind, String name, String version, String licence, String address,
                              List<String> artifacts) {

        /** Libraries are code in the jar; data are files in its assets. */
        public enum Kind { LIBRARY, DATA }
    }

    private static final String PRODUCT = "product.properties";
    private static final String PARTS = "bundled-parts.tsv";

    /** This build's. */
    public static ProductInfo ofThisBuild() {
        Properties product = new Properties();
        try (InputStream in = open(PRODUCT)) {
            product.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductInfo(product.getProperty("version"), product.getProperty("build.date"), readParts());
    }

    /** "Diplomap 0.1.0, built 2026-12-01". */
    public String versionLine() {
        return "Diplomap " + version + ", built " + buildDate;
    }

    public List<BundledPart> libraries() {
        return parts.stream().filter(part -> part.kind() == BundledPart.Kind.LIBRARY).toList();
    }

    public List<BundledPart> data() {
        return parts.stream().filter(part -> part.kind() == BundledPart.Kind.DATA).toList();
    }

    private static List<BundledPart> readParts() {
        List<BundledPart> parts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(PARTS), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                List<String> artifacts = cells[5].isBlank() ? List.of() : Arrays.asList(cells[5].trim().split(" "));
                parts.add(new BundledPart(BundledPart.Kind.valueOf(cells[0].toUpperCase()), cells[1], cells[2],
                        cells[3], cells[4], artifacts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(parts);
    }

    private static InputStream open(String name) {
        InputStream in = ProductInfo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the build (it is written by mvn package)");
        }
        return in;
    }
}
