package org.diplomap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Store;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.timeline.TimelineIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An edit as the window stores it: one transaction with its change-log entry, then the timeline index rebuilt
 * from the data in memory; timed with its undo, on the bundled case and on the generated world. Beside it, the
 * index rebuild alone, which is most of the cost on large data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class EditBenchmark {

    /** A tie that neither dataset holds: it is added, then undone, again and again. */
    private static final Tie ADDED = new Tie("AFG", "ZWE", TieType.ENGAGEMENT, PartialDate.parse("2026-06-01"), null,
            "Benchmark", null, Confidence.LOW);

    @Param({"bundled", "world"})
    public String data;

    private Path directory;
    private Workspace workspace;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("diplomap-bench");
        Path database = directory.resolve("db");
        Dataset dataset = data.equals("world") ? World.dataset() : Workspace.bundledDataset();
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(dataset, true);
        }
        workspace = H2Workspaces.open(database);
        workspace.apply(Change.addTie(ADDED, workspace.data().states().stream()
                .anyMatch(s -> s.code().equals("ZWE")) ? List.of() : List.of(new org.diplomap.model.State("ZWE",
                "Zimbabwe"))));
        if (workspace.index().tiesOf("ZWE").stream().noneMatch(ADDED::equals)) {
            throw new IllegalStateException("the edit is not in the index");
        }
        workspace.undo();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        workspace.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Redo (the add) then undo: two edits, each a transaction and an index rebuild. */
    @Benchmark
    public TimelineIndex redoThenUndo() {
        workspace.redo().orElseThrow();
        workspace.undo().orElseThrow();
        return workspace.index();
    }

    @Benchmark
    public TimelineIndex rebuildIndexOnly() {
        return TimelineIndex.of(workspace.data());
    }
}
