package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

/** A state's ties must come from a table built once, not from a scan of every tie on each question. */
class LargeIndexTest {

    private static final int STATES = 200;
    private static final int TIES = 100_000;

    @Test
    void tiesOfAStateAreAnsweredWithoutScanningAHundredThousandTies() {
        Random random = new Random(7);
        List<State> states = new ArrayList<>();
        for (int s = 0; s < STATES; s++) {
            states.add(new State(code(s), "State " + s));
        }
        List<Tie> ties = new ArrayList<>();
        LocalDate epoch = LocalDate.of(1900, 1, 1);
        for (int t = 0; t < TIES; t++) {
            ties.add(new Tie(code(random.nextInt(STATES)), code(random.nextInt(STATES)),
                    TieType.values()[t % 3], PartialDate.ofDay(epoch.plusDays(t)), null, null, null, null));
        }
        TimelineIndex index = TimelineIndex.of(new Dataset("large", states, ties, List.of()));

        long begin = System.nanoTime();
        int found = 0;
        // A scan per question would read 2 billion ties here: many seconds, where a table answers at once.
        for (int q = 0; q < 20_000; q++) {
            found += index.tiesOf(code(q % STATES)).size();
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;

        assertThat(millis).isLessThan(1_000);
        assertThat(found).isGreaterThan(20_000 * (2 * TIES / STATES) * 9 / 10);
        assertThat(index.tiesOf(code(0))).extracting(Tie::start).isSorted();
    }

    private static String code(int s) {
        return String.format("S%03d", s);
    }
}
