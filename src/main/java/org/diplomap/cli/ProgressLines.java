package org.diplomap.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.diplomap.io.ImportProgress;

/**
 * Progress of a long import as lines on stderr ("Reading cow.csv: 40%"): nothing during its first two seconds,
 * so that a quick import prints nothing, then at most one line a second.
 */
final class ProgressLines implements ImportProgress {

    static final long QUIET_NANOS = 2_000_000_000L;
    static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long started;
    private long lastPrinted;
    private String lastStep;

    ProgressLines(PrintWriter err) {
        this(err, System::nanoTime);
    }

    ProgressLines(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastPrinted = started;
    }

    @Override
    public void update(String step, long done, long total) {
        long now = clock.getAsLong();
        boolean newStep = !step.equals(lastStep);
        if (now - started < QUIET_NANOS || (!newStep && now - lastPrinted < EVERY_NANOS)) {
            return;
        }
        lastStep = step;
        lastPrinted = now;
        err.println(total > 0 ? step + ": " + Math.min(100, done * 100 / total) + "%" : step + " \u2026");
    }
}
