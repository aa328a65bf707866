package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program is killed (SIGKILL, no shutdown hook runs) at 20 moments of importing a large dataset into a
 * database that holds the bundled case, half of them in the last tenth of storing and the swap of the new file:
 * reopened after each kill, the database opens, holds all that it held before and either all of the import or
 * none of it, and takes a change. Imports with and without {@code --replace} take turns.
 */
class ImportCrashTest {

    /** Enough ties for storing to take a while. */
    private static final int TIES = 10_000;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void killedAtAnyMomentOfAnImportTheDatabaseHoldsAllOrNoneOfItAndAllThatWasBefore() throws Exception {
        Path file = dir.resolve("world.json");
        Dataset imported = largeDataset(TIES);
        new DatasetWriter().write(imported, file);
        Path pristine = dir.resolve("pristine");
        Dataset before;
        try (H2Store store = H2Store.open(pristine)) {
            store.importDataset(Workspace.bundledDataset(), false);
            before = store.load();
        }

        Path database = dir.resolve("db");
        Path dataFile = Path.of(database + ".mv.db");
        Path importingFile = Path.of(database + ".importing.mv.db");
        Timing timing = referenceRun(pristine, database, file, importingFile);

        List<Long> killAt = new ArrayList<>();
        for (int i = 1; i <= KILLS / 2; i++) {
            killAt.add(timing.end * i / (KILLS / 2 + 1));
        }
        long storing = timing.swapped - timing.storingStarts;
        for (int i = 0; i < KILLS / 2; i++) {
            killAt.add(timing.storingStarts + storing * 9 / 10 + storing * i / (10 * (KILLS / 2 - 1)));
        }
        int none = 0;
        int all = 0;
        for (int i = 0; i < killAt.size(); i++) {
            boolean replace = i % 2 == 0;
            // The new file a kill may have left beside the database stays, for the next open to clear.
            Files.copy(Path.of(pristine + ".mv.db"), dataFile, StandardCopyOption.REPLACE_EXISTING);
            Process child = startImport(database, file, replace);
            boolean finished = child.waitFor(killAt.get(i), TimeUnit.NANOSECONDS);
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            try (H2Store store = H2Store.open(database)) {
                Set<String> stored = keys(store.load().ties());
                Set<String> whole = replace ? keys(imported.ties()) : keys(before.ties());
                if (!replace) {
                    whole.addAll(keys(imported.ties()));
                }
                boolean untouched = store.load().equals(before);
                assertThat(untouched || stored.equals(whole)).as("kill %d (%s, at %d ms, finished: %s): all or "
                        + "none of the import, not %d ties", i, replace ? "--replace" : "merge",
                        killAt.get(i) / 1_000_000, finished, stored.size()).isTrue();
                if (untouched) {
                    none++;
                } else {
                    all++;
                }
                assertThat(importingFile).doesNotExist();
                store.saveView(SavedView.of("After the crash", PartialDate.parse("2025")));
                assertThat(store.savedViews()).extracting(SavedView::name).contains("After the crash");
            }
        }
        System.out.printf("Import of %,d ties killed %d times (run %d ms, storing %d-%d ms): %d none, %d all%n",
                TIES, KILLS, timing.end / 1_000_000, timing.storingStarts / 1_000_000, timing.swapped / 1_000_000,
                none, all);
        assertThat(none).as("kills that left the database as it was").isPositive();
    }

    /** When, from its start, an import run to its end begins storing, swaps its new file in and ends. */
    private record Timing(long storingStarts, long swapped, long end) {
    }

    private Timing referenceRun(Path pristine, Path database, Path file, Path importingFile) throws Exception {
        Files.copy(Path.of(pristine + ".mv.db"), Path.of(database + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        long started = System.nanoTime();
        Process child = startImport(database, file, true);
        long storingStarts = -1;
        long swapped = -1;
        long deadline = started + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline) {
            boolean storing = Files.exists(importingFile);
            if (storing && storingStarts < 0) {
                storingStarts = System.nanoTime() - started;
            } else if (!storing && storingStarts >= 0 && swapped < 0) {
                swapped = System.nanoTime() - started;
            }
            Thread.sleep(2);
        }
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long end = System.nanoTime() - started;
        assertThat(child.exitValue()).as("the import run to its end").isZero();
        assertThat(storingStarts).as("the new file seen while storing").isPositive();
        return new Timing(storingStarts, swapped > 0 ? swapped : end, end);
    }

    private Process startImport(Path database, Path file, boolean replace) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", database.toString(), "import"));
        if (replace) {
            command.add("--replace");
        }
        command.add(file.toString());
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
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
