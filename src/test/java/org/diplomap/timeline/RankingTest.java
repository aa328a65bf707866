package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);
    private static final LocalDate BEFORE = LocalDate.of(1971, 1, 1);

    private static Dataset twoChinas;
    private static TimelineIndex index;

    @BeforeAll
    static void load() throws Exception {
        twoChinas = new DatasetReader().read(Path.of("assets", "data", "two-chinas.json"));
        index = TimelineIndex.of(twoChinas);
    }

    /** Counted straight from the dataset's ties. */
    private static long received(String code, LocalDate day, TieType type, Confidence least) {
        return twoChinas.ties().stream().filter(t -> t.to().equals(code) && t.type() == type && t.isActiveOn(day)
                && t.confidence().isAtLeast(least)).count();
    }

    private static Ranking.Row rowOf(List<Ranking.Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void beijingReceivesTheMostRecognitionsIn2024AndTaipeiItsDozen() {
        List<Ranking.Row> rows = Ranking.at(index, DAY, null, t -> t.type() == TieType.RECOGNITION);

        assertThat(rows.get(0).code()).isEqualTo("CHN");
        assertThat(rows.get(0).position()).isEqualTo(1);
        assertThat(rows.get(0).received()).isEqualTo(received("CHN", DAY, TieType.RECOGNITION, Confidence.LOW));
        assertThat(rowOf(rows, "TWN").received()).isEqualTo(RecognitionCounts.on(index, "TWN", DAY));
        assertThat(rows.get(1).code()).isEqualTo("TWN");
        assertThat(rows).extracting(Ranking.Row::received).isSortedAccordingTo((a, b) -> b - a);
        assertThat(rows).hasSize(index.snapshotAt(DAY).states().size());
    }

    @Test
    void theChangeSinceACompareDateIsTheDifferenceOfTheCountsAndPlaces() {
        List<Ranking.Row> rows = Ranking.at(index, DAY, BEFORE, t -> t.type() == TieType.RECOGNITION);

        Ranking.Row beijing = rowOf(rows, "CHN");
        Ranking.Row taipei = rowOf(rows, "TWN");
        assertThat(beijing.receivedChange()).isEqualTo(RecognitionCounts.on(index, "CHN", DAY)
                - RecognitionCounts.on(index, "CHN", BEFORE));
        assertThat(taipei.receivedChange()).isEqualTo(RecognitionCounts.on(index, "TWN", DAY)
                - RecognitionCounts.on(index, "TWN", BEFORE));
        assertThat(taipei.receivedChange()).isNegative();
        // Taipei was ahead of Beijing at the start of 1971.
        assertThat(taipei.then().position()).isEqualTo(1);
        assertThat(beijing.positionChange()).isEqualTo(1);
    }

    @Test
    void aMinimumConfidenceLeavesOutTheLessCertainTies() {
        List<Ranking.Row> all = Ranking.at(index, DAY, null, t -> t.type() == TieType.RECOGNITION);
        List<Ranking.Row> sure = Ranking.at(index, DAY, null, t -> t.type() == TieType.RECOGNITION
                && t.confidence().isAtLeast(Confidence.HIGH));

        assertThat(rowOf(sure, "CHN").received()).isEqualTo(received("CHN", DAY, TieType.RECOGNITION, Confidence.HIGH));
        assertThat(rowOf(sure, "CHN").received()).isLessThan(rowOf(all, "CHN").received());
    }

    @Test
    void statesReceivingAsManyShareAPlaceAndTheMostExtendedComesFirstAmongThem() {
        List<State> states = List.of(new State("AAA", "A"), new State("BBB", "B"), new State("CCC", "C"),
                new State("DDD", "D"));
        List<Tie> ties = List.of(
                new Tie("AAA", "BBB", TieType.RECOGNITION, PartialDate.parse("2000"), null, null, null, null),
                new Tie("BBB", "CCC", TieType.RECOGNITION, PartialDate.parse("2000"), null, null, null, null),
                new Tie("DDD", "CCC", TieType.RECOGNITION, PartialDate.parse("2000"), null, null, null, null));
        TimelineIndex small = TimelineIndex.of(new Dataset("t", states, ties, List.of()));

        List<Ranking.Row> rows = Ranking.at(small, LocalDate.of(2001, 1, 1));

        assertThat(rows).extracting(Ranking.Row::code).containsExactly("CCC", "BBB", "AAA", "DDD");
        assertThat(rows).extracting(Ranking.Row::position).containsExactly(1, 2, 3, 3);
        assertThat(rows).extracting(Ranking.Row::extended).containsExactly(0, 1, 1, 1);
    }
}
