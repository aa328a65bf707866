package org.diplomap.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diplomap.graph.Layout;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.timeline.TimelineIndex;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The change of the GraphStream graph (not its painting; see RedrawHarness) when the date moves by a month and
 * across a century, from a diff, next to rebuilding the graph from a full snapshot. Each invocation moves the
 * date forth or back, so the graph stays in one of the two networks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RedrawBenchmark {

    static final LocalDate MONTH_FROM = LocalDate.of(2000, 1, 1);
    static final LocalDate MONTH_TO = LocalDate.of(2000, 2, 1);
    static final LocalDate CENTURY_FROM = LocalDate.of(1910, 1, 1);
    static final LocalDate CENTURY_TO = LocalDate.of(2010, 1, 1);

    private TimelineIndex index;
    private NetworkGraph monthGraph;
    private NetworkGraph centuryGraph;
    private NetworkGraph fullGraph;
    private SnapshotDiff[] month;
    private SnapshotDiff[] century;
    private int monthStep;
    private int centuryStep;
    private int fullStep;

    @Setup(Level.Trial)
    public void setUp() {
        index = TimelineIndex.of(World.dataset());
        // Positions do not change the cost of adding and removing edges.
        Layout layout = new Layout(Map.of());
        monthGraph = graphAt(layout, MONTH_FROM);
        centuryGraph = graphAt(layout, CENTURY_FROM);
        fullGraph = graphAt(layout, CENTURY_FROM);
        month = new SnapshotDiff[] {index.diff(MONTH_FROM, MONTH_TO), index.diff(MONTH_TO, MONTH_FROM)};
        century = new SnapshotDiff[] {index.diff(CENTURY_FROM, CENTURY_TO), index.diff(CENTURY_TO, CENTURY_FROM)};
    }

    private NetworkGraph graphAt(Layout layout, LocalDate day) {
        NetworkGraph graph = new NetworkGraph();
        graph.reset(index.states(), layout);
        graph.show(index.snapshotAt(day));
        return graph;
    }

    @Benchmark
    public boolean applyMonthStep() {
        return monthGraph.apply(month[monthStep++ & 1]);
    }

    @Benchmark
    public boolean applyCenturyJump() {
        return centuryGraph.apply(century[centuryStep++ & 1]);
    }

    /** The plain way: compare the whole network at the new date with what is shown. */
    @Benchmark
    public NetworkGraph showCenturyJumpFromFullSnapshot() {
        fullGraph.show(index.snapshotAt((fullStep++ & 1) == 0 ? CENTURY_TO : CENTURY_FROM));
        return fullGraph;
    }
}
