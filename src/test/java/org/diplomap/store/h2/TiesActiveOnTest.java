package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomap.store.h2.Datasets.tie;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiesActiveOnTest {

    @TempDir
    Path dir;

    @Test
    void tieIsActiveOnItsStartDayAndNotOnItsEndDay() {
        try (H2Store store = H2Store.open(dir.resolve("db"))) {
            store.importDataset(new Dataset(null, List.of(new State("PAK", "Pakistan"), new State("AFG", "Afghanistan")),
                    List.of(tie("PAK", "AFG", TieType.RECOGNITION, "1997-05", "2001-11-22")), List.of()), false);

            assertThat(store.tiesActiveOn(LocalDate.of(1997, 4, 30))).isEmpty();
            assertThat(store.tiesActiveOn(LocalDate.of(1997, 5, 1))).hasSize(1);
            assertThat(store.tiesActiveOn(LocalDate.of(2001, 11, 21))).hasSize(1);
            assertThat(store.tiesActiveOn(LocalDate.of(2001, 11, 22))).isEmpty();
        }
    }

    @Test
    void queryAgreesWithFilteringEveryTieAtManyDates() {
        Random random = new Random(20250703);
        List<State> states = List.of(new State("AFG", "Afghanistan"), new State("RUS", "Russia"),
                new State("CHN", "China"), new State("PAK", "Pakistan"), new State("IRN", "Iran"));
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            State from = states.get(random.nextInt(states.size()));
            State to = states.get(random.nextInt(states.size()));
            PartialDate start = randomDate(random);
            PartialDate end = random.nextInt(3) == 0 ? null : later(random, start);
            ties.add(new Tie(from.code(), to.code(), TieType.values()[random.nextInt(3)], start, end,
                    null, null, Confidence.values()[random.nextInt(3)]));
        }

        try (H2Store store = H2Store.open(dir.resolve("db"))) {
            store.importDataset(new Dataset(null, states, ties, List.of()), false);
            List<Tie> stored = store.load().ties();

            Set<LocalDate> days = new TreeSet<>();
            for (Tie tie : stored) {
                days.add(tie.start().firstDay());
                days.add(tie.start().firstDay().minusDays(1));
                if (tie.end() != null) {
                    days.add(tie.end().firstDay());
                    days.add(tie.end().firstDay().minusDays(1));
                }
            }
            for (int i = 0; i < 200; i++) {
                days.add(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 366)));
            }

            for (LocalDate day : days) {
                List<Tie> expected = stored.stream().filter(t -> t.isActiveOn(day)).sorted(Tie.ORDER).toList();
                assertThat(store.tiesActiveOn(day)).as("ties active on %s", day).isEqualTo(expected);
            }
        }
    }

    private static PartialDate randomDate(Random random) {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(35 * 366));
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.parse(String.format("%04d", day.getYear()));
            case 1 -> PartialDate.parse(String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
            default -> PartialDate.ofDay(day);
        };
    }

    private static PartialDate later(Random random, PartialDate start) {
        PartialDate end;
        do {
            end = randomDate(random);
        } while (!end.firstDay().isAfter(start.firstDay()));
        return end;
    }
}
