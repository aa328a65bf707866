package org.diplomap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.diplomap.model.Dataset;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.Tie;
import org.diplomap.store.h2.H2Store;
import org.diplomap.timeline.TimelineIndex;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The network at a random date of the generated world (200 states, 100,000 ties, 1816-2026), answered four
 * ways side by side: the timeline index, one indexed SQL query on H2, a replay of every change from the
 * beginning, and Gephi's graph store asked through its time index. Setup checks that they agree before anything
 * is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SeekBenchmark {

    private static final int DATES = 1024;

    private Path directory;
    private H2Store store;
    private TimelineIndex index;
    private ReplayBaseline replay;
    private GephiBaseline gephi;
    private final LocalDate[] dates = new LocalDate[DATES];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Dataset world = World.dataset();
        directory = Files.createTempDirectory("diplomap-bench");
        store = H2Store.open(directory.resolve("world"));
        store.importDataset(world, true);
        index = TimelineIndex.of(store.load());
        replay = new ReplayBaseline(index.ties(), index.states());
        gephi = new GephiBaseline(index.ties(), index.states());
        Random random = new Random(42);
        long first = World.FIRST_DAY.toEpochDay();
        long span = World.LAST_DAY.toEpochDay() - first;
        for (int i = 0; i < DATES; i++) {
            dates[i] = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * span));
        }
        checkAnswersAgree();
    }

    private void checkAnswersAgree() {
        for (int i = 0; i < 40; i++) {
            LocalDate day = dates[i];
            Set<Tie> fromIndex = new HashSet<>(index.snapshotAt(day).ties());
            Set<Tie> fromSql = new HashSet<>(store.tiesActiveOn(day));
            ReplayBaseline.Network fromReplay = replay.activeAt(day);
            if (!fromIndex.equals(fromSql) || !fromIndex.equals(fromReplay.ties())) {
                throw new IllegalStateException("The answers at " + day + " differ: index " + fromIndex.size()
                        + " ties, SQL " + fromSql.size() + ", replay " + fromReplay.ties().size());
            }
            if (gephi.edgesAt(day) != fromIndex.size() || gephi.nodesAt(day) != fromReplay.states().size()) {
                throw new IllegalStateException("Gephi's answer at " + day + " differs: " + gephi.edgesAt(day)
                        + " edges and " + gephi.nodesAt(day) + " nodes, not " + fromIndex.size() + " ties and "
                        + fromReplay.states().size() + " states");
            }
            if (!new HashSet<>(index.snapshotAt(day).states()).equals(fromReplay.states())) {
                throw new IllegalStateException("The states at " + day + " differ between the index and the replay");
            }
            if (!index.snapshotAt(day).ties().equals(fromIndex.stream().sorted(Tie.ORDER).toList())) {
                throw new IllegalStateException("The index's ties at " + day + " are not in snapshot order");
            }
            Set<Tie> stepped = new HashSet<>(fromIndex);
            SnapshotDiff diff = index.diff(day, day.plusMonths(1));
            diff.tiesRemoved().forEach(stepped::remove);
            stepped.addAll(diff.tiesAdded());
            if (!stepped.equals(new HashSet<>(index.snapshotAt(day.plusMonths(1)).ties()))) {
                throw new IllegalStateException("The diff from " + day + " does not give the next month's network");
            }
        }
    }

    private LocalDate nextDate() {
        next = (next + 1) & (DATES - 1);
        return dates[next];
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // Each way's whole answer goes into the Blackhole, tie by tie: an answer built lazily cannot skip work.

    @Benchmark
    public void seekIndex(Blackhole blackhole) {
        Snapshot snapshot = index.snapshotAt(nextDate());
        for (Tie tie : snapshot.ties()) {
            blackhole.consume(tie);
        }
        for (org.diplomap.model.State state : snapshot.states()) {
            blackhole.consume(state);
        }
    }

    @Benchmark
    public void seekSql(Blackhole blackhole) {
        for (Tie tie : store.tiesActiveOn(nextDate())) {
            blackhole.consume(tie);
        }
    }

    @Benchmark
    public void seekReplay(Blackhole blackhole) {
        ReplayBaseline.Network network = replay.activeAt(nextDate());
        for (Tie tie : network.ties()) {
            blackhole.consume(tie);
        }
        for (org.diplomap.model.State state : network.states()) {
            blackhole.consume(state);
        }
    }

    @Benchmark
    public void seekGephi(Blackhole blackhole) {
        double day = nextDate().toEpochDay();
        for (Edge edge : gephi.edgeTimes().get(day)) {
            blackhole.consume(edge);
        }
        for (Node node : gephi.nodeTimes().get(day)) {
            blackhole.consume(node);
        }
    }

    @Benchmark
    public SnapshotDiff stepIndex() {
        LocalDate day = nextDate();
        return index.diff(day, day.plusMonths(1));
    }
}
