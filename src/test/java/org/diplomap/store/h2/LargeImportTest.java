package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many ties go in and come out whole; the times are printed, not asserted. Twenty thousand by default to keep
 * the suite quick; {@code -Ddiplomap.store.largeTies=100000} tries the size the store is meant for.
 */
class LargeImportTest {

    private static final int TIES = Integer.getInteger("diplomap.store.largeTies", 20_000);

    @TempDir
    Path dir;

    @Test
    void manyTiesAreImportedAndMergedWhole() {
        Dataset dataset = largeDataset(TIES);

        try (H2Store store = H2Store.open(dir.resolve("large"))) {
            long begin = System.nanoTime();
            store.importDataset(dataset, false);
            long imported = System.nanoTime();
            store.importDataset(dataset, false);
            long merged = System.nanoTime();
            List<Tie> loaded = store.load().ties();
            long read = System.nanoTime();
            List<Tie> active = store.tiesActiveOn(LocalDate.of(2000, 6, 1));
            long queried = System.nanoTime();
            System.out.printf("%,d ties: import %d ms, import again %d ms, load %d ms, active-on %d ms%n",
                    TIES, (imported - begin) / 1_000_000, (merged - imported) / 1_000_000,
                    (read - merged) / 1_000_000, (queried - read) / 1_000_000);

            assertThat(loaded).hasSize(TIES);
            assertThat(active).isEqualTo(loaded.stream().filter(t -> t.isActiveOn(LocalDate.of(2000, 6, 1))).toList());
        }
    }

    /** Ties between 200 states, each pair and type holding consecutive one-year periods. */
    static Dataset largeDataset(int tieCount) {
        List<State> states = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            states.add(new State(String.format("S%03d", i), "State " + i));
        }
        List<Tie> ties = new ArrayList<>(tieCount);
        for (int i = 0; i < tieCount; i++) {
            int year = 1900 + i % 120;
            int pair = i / 120;
            String from = states.get(pair % 200).code();
            String to = states.get((pair / 200 + 1 + pair % 200) % 200).code();
            TieType type = TieType.values()[(pair / 40_000) % 3];
            ties.add(new Tie(from, to, type, PartialDate.parse(String.valueOf(year)),
                    PartialDate.parse(String.valueOf(year + 1)), "Tie " + i, "Source " + i, Confidence.HIGH));
        }
        return new Dataset("Large", states, ties, List.of());
    }
}
