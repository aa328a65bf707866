package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

class TimelineIndexTest {

    private static Tie tie(String from, TieType type, String start, String end) {
        return new Tie(from, "AFG", type, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, null, null);
    }

    private static final List<State> STATES = List.of(
            new State("AFG", "Afghanistan"), new State("RUS", "Russia"), new State("PAK", "Pakistan"),
            new State("NOR", "Norway"), new State("YUG", "Yugoslavia", PartialDate.parse("1945"), PartialDate.parse("1992")));

    private static final Dataset DATASET = new Dataset("test", STATES, List.of(
            tie("PAK", TieType.RECOGNITION, "1997-05-25", "2001-11-22"),
            tie("RUS", TieType.ENGAGEMENT, "2022-04-06", null),
            tie("RUS", TieType.RECOGNITION, "2025-07-03", null),
            tie("RUS", TieType.AMBASSADOR, "2026-01-15", null),
            tie("NOR", TieType.ENGAGEMENT, "2022-01-23", "2024-12-05"),
            tie("NOR", TieType.ENGAGEMENT, "2025-01-31", null)),
            List.of(new Event(PartialDate.parse("2025-04-17"), "Ban suspended", null, null, List.of("RUS"))));

    private final TimelineIndex index = TimelineIndex.of(DATASET);

    @Test
    void recognitionStartingOnADayIsInTheNetworkThatDayButNotTheDayBefore() {
        assertThat(index.snapshotAt(LocalDate.of(2025, 7, 2)).ties()).extracting(Tie::type)
                .doesNotContain(TieType.RECOGNITION);
        assertThat(index.snapshotAt(LocalDate.of(2025, 7, 3)).ties())
                .contains(DATASET.ties().get(2));
    }

    @Test
    void tieEndingOnADayIsNotActiveThatDay() {
        assertThat(index.snapshotAt(LocalDate.of(2001, 11, 21)).ties()).containsExactly(DATASET.ties().get(0));
        assertThat(index.snapshotAt(LocalDate.of(2001, 11, 22)).ties()).isEmpty();
    }

    @Test
    void severalTypesOnOnePairAreActiveTogetherInTieOrder() {
        Snapshot snapshot = index.snapshotAt(LocalDate.of(2026, 2, 1));

        assertThat(snapshot.ties()).filteredOn(t -> t.from().equals("RUS")).extracting(Tie::type)
                .containsExactly(TieType.RECOGNITION, TieType.AMBASSADOR, TieType.ENGAGEMENT);
        assertThat(snapshot.countsByType()).containsEntry(TieType.RECOGNITION, 1)
                .containsEntry(TieType.AMBASSADOR, 1).containsEntry(TieType.ENGAGEMENT, 2);
    }

    @Test
    void statesExistOnlyWithinTheirYears() {
        assertThat(index.snapshotAt(LocalDate.of(1991, 12, 31)).states()).extracting(State::code).contains("YUG");
        assertThat(index.snapshotAt(LocalDate.of(1992, 1, 1)).states()).extracting(State::code)
                .containsExactly("AFG", "NOR", "PAK", "RUS");
    }

    @Test
    void diffNamesTiesGainedAndLostInBothDirections() {
        SnapshotDiff forward = index.diff(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 7, 3));

        assertThat(forward.tiesAdded()).containsExactly(DATASET.ties().get(5), DATASET.ties().get(2));
        assertThat(forward.tiesRemoved()).containsExactly(DATASET.ties().get(4));

        SnapshotDiff back = index.diff(LocalDate.of(2025, 7, 3), LocalDate.of(2024, 12, 1));
        assertThat(back.tiesAdded()).isEqualTo(forward.tiesRemoved());
        assertThat(back.tiesRemoved()).isEqualTo(forward.tiesAdded());
    }

    @Test
    void tieThatStartsAndEndsBetweenTwoDatesIsNotInTheirDiff() {
        SnapshotDiff diff = index.diff(LocalDate.of(1990, 1, 1), LocalDate.of(2010, 1, 1));

        assertThat(diff.tiesAdded()).isEmpty();
        assertThat(diff.tiesRemoved()).isEmpty();
        assertThat(diff.statesRemoved()).extracting(State::code).containsExactly("YUG");
    }

    @Test
    void eventsIncludeNarrativeEventsAndEveryTieStartAndEndInDateOrder() {
        assertThat(index.events()).hasSize(1 + 6 + 2);
        assertThat(index.events()).extracting(e -> e.date().firstDay()).isSorted();
        assertThat(index.eventsOn(LocalDate.of(2025, 4, 17))).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(TimelineEvent.Kind.NARRATIVE));
        assertThat(index.eventsOn(LocalDate.of(2025, 7, 3))).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Russia \u2192 Afghanistan: Recognition begins"));
    }

    @Test
    void nextAndPreviousEventDaysSkipTheCurrentDay() {
        assertThat(index.nextEventDay(LocalDate.of(2025, 4, 17))).contains(LocalDate.of(2025, 7, 3));
        assertThat(index.previousEventDay(LocalDate.of(2025, 7, 3))).contains(LocalDate.of(2025, 4, 17));
        assertThat(index.previousEventDay(LocalDate.of(1997, 5, 25))).isEmpty();
        assertThat(index.nextEventDay(LocalDate.of(2026, 1, 15))).isEmpty();
        assertThat(index.firstDay()).contains(LocalDate.of(1997, 5, 25));
        assertThat(index.lastDay()).contains(LocalDate.of(2026, 1, 15));
    }

    @Test
    void emptyDatasetHasAnEmptyNetworkAndNoSpan() {
        TimelineIndex empty = TimelineIndex.of(Dataset.empty());

        assertThat(empty.snapshotAt(LocalDate.of(2000, 1, 1)).ties()).isEmpty();
        assertThat(empty.firstDay()).isEmpty();
    }

    @Test
    void tiesOfAStateAreAllItsTiesEitherWayByStart() {
        assertThat(index.tiesOf("RUS")).containsExactly(
                DATASET.ties().get(1), DATASET.ties().get(2), DATASET.ties().get(3));
        assertThat(index.tiesOf("AFG")).containsExactly(
                DATASET.ties().get(0), DATASET.ties().get(4), DATASET.ties().get(1), DATASET.ties().get(5),
                DATASET.ties().get(2), DATASET.ties().get(3));
    }

    @Test
    void aStateWithoutTiesHasNone() {
        assertThat(index.tiesOf("YUG")).isEmpty();
        assertThat(index.tiesOf("XXX")).isEmpty();
        assertThat(index.activeTiesOf("XXX", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void activeTiesOfAStateKeepOnlyThoseOfTheDay() {
        assertThat(index.activeTiesOf("NOR", LocalDate.of(2024, 12, 5))).isEmpty();
        assertThat(index.activeTiesOf("NOR", LocalDate.of(2024, 12, 4))).containsExactly(DATASET.ties().get(4));
        assertThat(index.activeTiesOf("RUS", LocalDate.of(2025, 7, 3)))
                .containsExactly(DATASET.ties().get(1), DATASET.ties().get(2));
    }

    @Test
    void aTieOfAStateToItselfIsListedOnce() {
        Tie self = new Tie("RUS", "RUS", TieType.ENGAGEMENT, PartialDate.parse("2000"), null, null, null, null);
        TimelineIndex withSelf = TimelineIndex.of(new Dataset("test", STATES, List.of(self), List.of()));

        assertThat(withSelf.tiesOf("RUS")).containsExactly(self);
    }

    @Test
    void countsOverTimeSampleBothEndsAndCountEachTypeOnThoseDays() {
        List<TypeCounts> counts = index.countsOverTime(LocalDate.of(1997, 1, 1), LocalDate.of(2026, 2, 1), 200, null);

        assertThat(counts).hasSize(200);
        assertThat(counts.get(0).day()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(counts.get(0).total()).isZero();
        TypeCounts last = counts.get(199);
        assertThat(last.day()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(last.count(TieType.RECOGNITION)).isEqualTo(1);
        assertThat(last.count(TieType.AMBASSADOR)).isEqualTo(1);
        assertThat(last.count(TieType.ENGAGEMENT)).isEqualTo(2);
        assertThat(counts).extracting(TypeCounts::day).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void countsOverTimeOnTheDaysATieStartsAndEnds() {
        List<TypeCounts> counts = index.countsOverTime(LocalDate.of(2001, 11, 21), LocalDate.of(2001, 11, 22), 2, null);

        assertThat(counts).extracting(c -> c.count(TieType.RECOGNITION)).containsExactly(1, 0);
    }

    @Test
    void countsOverTimeWithAFocusCountOnlyThatStatesTies() {
        List<TypeCounts> norway = index.countsOverTime(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 2, 1), 4, "NOR");

        assertThat(norway).extracting(c -> c.count(TieType.ENGAGEMENT)).containsExactly(1, 1, 0, 1);
        assertThat(norway).allSatisfy(c -> assertThat(c.total()).isEqualTo(c.count(TieType.ENGAGEMENT)));
        assertThat(index.countsOverTime(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), 1, "AFG").get(0).total())
                .isEqualTo(4);
        assertThat(index.countsOverTime(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), 1, "XXX").get(0).total())
                .isZero();
    }

    @Test
    void countsOverTimeGiveOneSampleADayWhenTheSpanIsShorterThanTheSamples() {
        List<TypeCounts> counts = index.countsOverTime(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 5), 300, null);

        assertThat(counts).extracting(TypeCounts::day).containsExactly(LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 3), LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 5));
        assertThat(counts).extracting(c -> c.count(TieType.RECOGNITION)).containsExactly(0, 0, 1, 1, 1);
    }

    @Test
    void countsOverTimeRefuseABackwardSpanOrNoSample() {
        assertThatThrownBy(() -> index.countsOverTime(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), 10, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.countsOverTime(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrentEventIsNoneBeforeTheFirstTheLastBeforeADayWithoutAndANarrativeOneOnItsDay() {
        assertThat(index.currentEventAt(LocalDate.of(1800, 1, 1))).isEqualTo(-1);
        assertThat(index.currentEventAt(LocalDate.of(2023, 12, 30)))
                .isEqualTo(index.eventsUpTo(LocalDate.of(2023, 12, 30)) - 1);
        TimelineIndex chinas = TimelineIndex.of(org.diplomap.store.BundledCase.TWO_CHINAS.read());
        LocalDate resolution2758 = LocalDate.of(1971, 10, 25);
        TimelineEvent current = chinas.events().get(chinas.currentEventAt(resolution2758));
        assertThat(current.kind()).isEqualTo(TimelineEvent.Kind.NARRATIVE);
        assertThat(current.date().firstDay()).isEqualTo(resolution2758);
    }

    @Test
    void eventsUpToCountsTheEventsOnOrBeforeADay() {
        assertThat(index.eventsUpTo(LocalDate.of(1997, 5, 24))).isZero();
        assertThat(index.eventsUpTo(LocalDate.of(1997, 5, 25))).isEqualTo(1);
        assertThat(index.events().get(index.eventsUpTo(LocalDate.of(2025, 7, 3)) - 1).title())
                .isEqualTo("Russia \u2192 Afghanistan: Recognition begins");
        assertThat(index.eventsUpTo(LocalDate.of(2100, 1, 1))).isEqualTo(index.events().size());
    }
}
