package org.diplomap.bench;

import java.time.LocalDate;
import org.diplomap.io.SyntheticWorld;
import org.diplomap.model.Dataset;

/** The generated world the benchmarks run on: the same as `generate` with its defaults. */
final class World {

    static final int STATES = 200;
    static final int TIES = 100_000;
    static final int FROM_YEAR = 1816;
    static final int TO_YEAR = 2026;
    static final long SEED = 42;
    static final LocalDate FIRST_DAY = LocalDate.of(FROM_YEAR, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(TO_YEAR, 12, 31);

    private World() {
    }

    static Dataset dataset() {
        return SyntheticWorld.generate(new SyntheticWorld.Options(STATES, TIES, FROM_YEAR, TO_YEAR, SEED));
    }
}
