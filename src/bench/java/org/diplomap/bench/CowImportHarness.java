package org.diplomap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomap.io.CowStates;
import org.diplomap.io.ImportSettings;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;

/**
 * How long the import of a file of the size and layout of the COW Diplomatic Exchange file takes, and how much
 * heap it needs: writes a made-up file of about 170,000 rows (the real file's header, its 38 years of
 * observation, every pair of states present in a year in both orders, sorted by ccode1, ccode2 and year), then
 * imports it into a new database, as {@code import --replace} does, three times. Prints the time of each run
 * and the peak heap used.
 *
 * <p>java -Xmx256m -cp target/benchmarks.jar org.diplomap.bench.CowImportHarness [FILE.csv]
 * (with a FILE, the generated file is also kept there, to time the command line on it).
 */
public final class CowImportHarness {

    /** The years the real file observes. */
    static final int[] YEARS = {1817, 1824, 1827, 1832, 1836, 1840, 1844, 1849, 1854, 1859, 1864, 1869, 1874, 1879,
        1884, 1889, 1894, 1899, 1904, 1909, 1914, 1920, 1925, 1930, 1935, 1940, 1950, 1955, 1960, 1965, 1970, 1975,
        1980, 1985, 1990, 1995, 2000, 2005};

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("diplomap-cow-bench");
        Path file = args.length > 0 ? Path.of(args[0]) : dir.resolve("Diplomatic_Exchange_2006v1.csv");
        long rows = write(file);
        System.out.printf("%,d rows, %.1f MB: %s%n", rows, Files.size(file) / 1e6, file);
        for (int run = 1; run <= RUNS; run++) {
            Path database = dir.resolve("db" + run);
            resetPeakHeap();
            long start = System.nanoTime();
            Dataset imported;
            StepTimes steps = new StepTimes();
            try (Workspace workspace = H2Workspaces.openUnseeded(database)) {
                imported = workspace.importFiles(List.of(file), true, ImportSettings.STRICT, steps);
            }
            steps.update("end", 0, 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %,d states, %,d ties in %.1f s (%s); peak heap %d MB%n", run,
                    imported.states().size(), imported.ties().size(), seconds, steps, peakHeapMegabytes());
        }
    }

    /** The time each step of the import took, from its progress reports. */
    private static final class StepTimes implements org.diplomap.io.ImportProgress {
        private final StringBuilder times = new StringBuilder();
        private String step;
        private long since = System.nanoTime();

        @Override
        public void update(String next, long done, long total) {
            String name = next.startsWith("Reading") ? "reading" : next.toLowerCase(java.util.Locale.ROOT);
            if (!name.equals(step)) {
                long now = System.nanoTime();
                if (step != null) {
                    times.append(times.length() == 0 ? "" : ", ").append(step)
                            .append(String.format(" %.1f s", (now - since) / 1e9));
                }
                step = name;
                since = now;
            }
        }

        @Override
        public String toString() {
            return times.toString();
        }
    }

    /** Writes the file; returns its number of rows. */
    static long write(Path file) throws IOException {
        Random random = new Random(42);
        List<Integer> codes = new ArrayList<>();
        for (int code = 1; code < 1000; code++) {
            if (CowStates.bundled().ofCowCode(code).isPresent()) {
                codes.add(code);
            }
        }
        // Each state is present from one year of observation to another: historical states for their years,
        // a few dozen others from the start, the rest joining over the twentieth century as the real system grew.
        int[] first = new int[1000];
        int[] last = new int[1000];
        for (int code : codes) {
            State state = CowStates.bundled().ofCowCode(code).orElseThrow();
            if (state.start() != null) {
                first[code] = indexOfYear(state.start().firstDay().getYear());
                last[code] = state.end() == null ? YEARS.length - 1 : indexOfYear(state.end().firstDay().getYear()) - 1;
            } else {
                double r = random.nextDouble();
                first[code] = r < 0.1 ? random.nextInt(6) : r < 0.2 ? 21 + random.nextInt(5)
                        : r < 0.3 ? 26 + random.nextInt(3) : 29 + random.nextInt(9);
                last[code] = YEARS.length - 1;
            }
        }
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\"ccode1\",\"ccode2\",\"year\",\"DR_at_1\",\"DR_at_2\",\"DE\",\"version\"\r\n");
            for (int host : codes) {
                for (int sender : codes) {
                    if (host == sender) {
                        continue;
                    }
                    int level = 0;
                    for (int y = Math.max(first[host], first[sender]); y <= Math.min(last[host], last[sender]); y++) {
                        // Levels mostly stay from one observation to the next.
                        if (random.nextDouble() < 0.3) {
                            level = new int[] {0, 0, 1, 2, 3, 3}[random.nextInt(6)];
                        }
                        int shown = level != 0 && YEARS[y] >= 1950 && YEARS[y] <= 1965 ? 9 : level;
                        out.write(host + "," + sender + "," + YEARS[y] + "," + shown + "," + shown + ","
                                + (shown == 0 ? 0 : 1) + ",2006.0999755859375\r\n");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** The first year of observation at or after {@code year}. */
    private static int indexOfYear(int year) {
        for (int i = 0; i < YEARS.length; i++) {
            if (YEARS[i] >= year) {
                return i;
            }
        }
        return YEARS.length;
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
