package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.diplomap.Main;
import org.diplomap.io.DatasetWriter;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.h2.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program is killed (SIGKILL, no shutdown hook runs) while it imports a large dataset into a database that
 * holds the bundled case: reopened, the database holds all that it held before and either all of the import or
 * none of it.
 */
class ImportCrashTest {

    /** Enough ties for the import's transaction to write for a few seconds. */
    private static final int TIES = 10_000;
    /** Growth of the database file that shows the import's transaction writing. */
    private static final long GROWTH_WHILE_IMPORTING = 512 * 1024;

    @TempDir
    Path dir;

    @Test
    void killedInTheMiddleOfAnImportTheDatabaseHoldsAllOrNoneOfItAndAllThatWasBefore() throws Exception {
        Path database = dir.resolve("db");
        Path file = dir.resolve("world.json");
        Dataset imported = largeDataset(TIES);
        new DatasetWriter().write(imported, file);
        Dataset before;
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(org.diplomap.store.Workspace.bundledDataset(), false);
            before = store.load();
        }
        Path dataFile = Path.of(database + ".mv.db");
        long sizeBefore = Files.size(dataFile);

        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", database.toString(), "import", file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.size(dataFile) < sizeBefore + GROWTH_WHILE_IMPORTING && child.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        boolean aliveWhenKilled = child.isAlive();
        long sizeWhenKilled = Files.size(dataFile);
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8);

        // In the middle: the import was writing, and had not finished.
        assertThat(aliveWhenKilled).isTrue();
        assertThat(sizeWhenKilled).isGreaterThanOrEqualTo(sizeBefore + GROWTH_WHILE_IMPORTING);
        assertThat(printed).doesNotContain("Imported");
        assertThat(child.exitValue()).isEqualTo(137);

        try (H2Store store = H2Store.open(database)) {
            Dataset after = store.load();
            Set<String> stored = keys(after.ties());
            assertThat(stored).containsAll(keys(before.ties()));
            Set<String> all = keys(before.ties());
            all.addAll(keys(imported.ties()));
            boolean none = stored.equals(keys(before.ties()));
            assertThat(none || stored.equals(all)).as("all or none of the import, not %d of %d ties",
                    stored.size() - before.ties().size(), imported.ties().size()).isTrue();
            assertThat(after.events()).containsAll(before.events());
            if (none) {
                assertThat(after).isEqualTo(before);
            }
            System.out.printf("Killed at %,d bytes (from %,d): %s of the import stored%n", sizeWhenKilled, sizeBefore,
                    none ? "none" : "all");

            // The database is whole: it takes a change.
            store.saveView(SavedView.of("After the crash", PartialDate.parse("2025")));
            assertThat(store.savedViews()).extracting(SavedView::name).contains("After the crash");
        }
    }

    /** Ties among 200 made-up states, so that none meets a tie of the bundled case: one-year periods in turn. */
    private static Dataset largeDataset(int tieCount) {
        List<State> states = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            states.add(new State(String.format("S%03d", i), "State " + i));
        }
        List<Tie> ties = new ArrayList<>(tieCount);
        for (int i = 0; i < tieCount; i++) {
            int year = 1900 + i % 100;
            int pair = i / 100;
            ties.add(new Tie(states.get(pair % 200).code(), states.get((pair / 200 + 1 + pair % 200) % 200).code(),
                    TieType.values()[pair / 40_000 % 3], PartialDate.parse(String.valueOf(year)),
                    PartialDate.parse(String.valueOf(year + 1)), "Tie " + i, "Source " + i, Confidence.HIGH));
        }
        return new Dataset("Large", states, ties, List.of());
    }

    private static Set<String> keys(List<Tie> ties) {
        Set<String> keys = new HashSet<>();
        for (Tie tie : ties) {
            keys.add(tie.from() + ">" + tie.to() + ":" + tie.type().code() + "@" + tie.start());
        }
        return keys;
    }
}
