package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.store.ChangeEntry;
import org.diplomap.store.Workspace;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program editing a database is killed (SIGKILL on Linux) while it edits without pause. Opened again, the
 * database holds all that was there before, and each edit wholly, with its entry in the change log, or not at
 * all: replaying the log over the seed gives exactly what is stored.
 */
class EditCrashTest {

    @TempDir
    Path dir;

    @RepeatedTest(2)
    void editKilledMidwayIsWhollyStoredOrAbsent() throws Exception {
        Path database = dir.resolve("db");
        Dataset seed;
        try (Workspace workspace = H2Workspaces.open(database)) {
            seed = workspace.store().load();
        }
        Process editor = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EditLoop.class.getName(), database.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicInteger stored = new AtomicInteger();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(editor.getInputStream(),
                    StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> out.lines().forEach(line -> {
                if (line.startsWith("stored ")) {
                    stored.set(Integer.parseInt(line.substring(7)));
                }
            }));
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (stored.get() < 40 && System.nanoTime() < deadline && editor.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(stored.get()).as("edits stored before the kill").isGreaterThanOrEqualTo(40);
        } finally {
            editor.destroyForcibly();
            editor.waitFor(20, TimeUnit.SECONDS);
        }
        int acknowledged = stored.get();

        try (H2Store store = H2Store.open(database)) {
            Dataset found = store.load();
            List<ChangeEntry> log = store.changeLog();

            Dataset replayed = Expected.sorted(seed);
            for (ChangeEntry entry : log) {
                if (!entry.undone()) {
                    replayed = Expected.applied(replayed, entry.change());
                }
            }
            assertThat(found).isEqualTo(replayed);
            assertThat(found.states()).containsAll(seed.states());
            assertThat(found.ties()).containsAll(seed.ties());
            assertThat(found.events()).containsAll(seed.events());
            long editedStates = found.states().stream().map(State::code).filter(c -> c.startsWith("E0")).count();
            assertThat(found.ties()).filteredOn(t -> t.from().startsWith("E0")).hasSize((int) editedStates);
            assertThat(found.events()).filteredOn(e -> e.title().startsWith("Visit ")).hasSize((int) editedStates);
            // Edits acknowledged before the kill are in the log (an edit under way may be too, or not).
            assertThat(log).isNotEmpty();
            assertThat(log.get(log.size() - 1).id()).isGreaterThanOrEqualTo(lastEntryAfter(acknowledged));
        }
    }

    /**
     * The id of the last log entry once {@code steps} steps of {@link EditLoop} are done: edits append, an undo
     * marks, a redo clears the mark, and an edit after undos drops the undone entries.
     */
    private static long lastEntryAfter(int steps) {
        List<Boolean> undone = new java.util.ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            if (i % 5 == 0) {
                for (int k = undone.size() - 1; k >= 0; k--) {
                    if (!undone.get(k)) {
                        undone.set(k, true);
                        break;
                    }
                }
            } else if (i % 7 == 0) {
                int first = undone.indexOf(true);
                if (first >= 0) {
                    undone.set(first, false);
                }
            } else {
                undone.removeIf(u -> u);
                undone.add(false);
            }
        }
        return undone.size();
    }
}
