package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/** The index must answer exactly what a plain filter over all ties answers. */
class TimelineIndexProperties {

    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final int SPAN_DAYS = 40_000;
    private static final List<String> CODES = List.of("AAA", "BBB", "CCC", "DDD", "EEE", "FFF");

    @Property(tries = 200)
    void snapshotAtAnyDateEqualsAPlainFilter(@ForAll("datasets") Dataset dataset,
                                            @ForAll @IntRange(min = -10, max = SPAN_DAYS + 10) int dayOffset) {
        LocalDate day = EPOCH.plusDays(dayOffset);

        Snapshot snapshot = TimelineIndex.of(dataset).snapshotAt(day);

        assertThat(snapshot.ties()).isEqualTo(
                dataset.ties().stream().filter(t -> t.isActiveOn(day)).sorted(Tie.ORDER).toList());
    }

    @Property(tries = 200)
    void applyingTheDiffToTheFirstSnapshotGivesTheSecond(@ForAll("datasets") Dataset dataset,
                                                         @ForAll @IntRange(max = SPAN_DAYS) int first,
                                                         @ForAll @IntRange(max = SPAN_DAYS) int second) {
        TimelineIndex index = TimelineIndex.of(dataset);
        LocalDate from = EPOCH.plusDays(first);
        LocalDate to = EPOCH.plusDays(second);

        SnapshotDiff diff = index.diff(from, to);
        Set<Tie> ties = new LinkedHashSet<>(index.snapshotAt(from).ties());
        assertThat(diff.tiesAdded()).noneMatch(ties::contains);
        assertThat(diff.tiesRemoved()).allMatch(ties::contains);
        ties.removeAll(diff.tiesRemoved());
        ties.addAll(diff.tiesAdded());
        Set<State> states = new LinkedHashSet<>(index.snapshotAt(from).states());
        states.removeAll(diff.statesRemoved());
        states.addAll(diff.statesAdded());

        Snapshot target = index.snapshotAt(to);
        assertThat(ties).containsExactlyInAnyOrderElementsOf(target.ties());
        assertThat(states).containsExactlyInAnyOrderElementsOf(target.states());
    }

    @Property(tries = 200)
    void activeTiesOfAStateAreTheSnapshotTiesThatTouchIt(@ForAll("datasets") Dataset dataset,
                                                         @ForAll @IntRange(max = SPAN_DAYS) int dayOffset) {
        TimelineIndex index = TimelineIndex.of(dataset);
        LocalDate day = EPOCH.plusDays(dayOffset);

        for (String code : CODES) {
            List<Tie> touching = index.snapshotAt(day).ties().stream()
                    .filter(t -> t.from().equals(code) || t.to().equals(code)).toList();
            assertThat(index.activeTiesOf(code, day)).containsExactlyInAnyOrderElementsOf(touching);
            assertThat(index.tiesOf(code)).extracting(Tie::start).isSorted();
            assertThat(index.tiesOf(code)).hasSize((int) dataset.ties().stream()
                    .filter(t -> t.from().equals(code) || t.to().equals(code)).count());
        }
    }

    @Property(tries = 200)
    void countsOverTimeEqualCountingTheSnapshotOfEachSampleDay(
            @ForAll("datasets") Dataset dataset,
            @ForAll @IntRange(min = -10, max = SPAN_DAYS + 10) int first,
            @ForAll @IntRange(min = 0, max = SPAN_DAYS) int length,
            @ForAll @IntRange(min = 1, max = 400) int samples,
            @ForAll("focusCodes") String focus) {
        TimelineIndex index = TimelineIndex.of(dataset);
        LocalDate from = EPOCH.plusDays(first);
        LocalDate to = from.plusDays(length);

        List<TypeCounts> counts = index.countsOverTime(from, to, samples, focus);

        assertThat(counts).hasSize(Math.min(samples, length + 1));
        assertThat(counts.get(0).day()).isEqualTo(from);
        assertThat(counts).extracting(TypeCounts::day).isSorted().doesNotHaveDuplicates().allSatisfy(day ->
                assertThat(day).isBetween(from, to));
        if (samples > 1) {
            assertThat(counts.get(counts.size() - 1).day()).isEqualTo(to);
        }
        for (TypeCounts sample : counts) {
            List<Tie> active = index.snapshotAt(sample.day()).ties().stream()
                    .filter(t -> focus == null || t.from().equals(focus) || t.to().equals(focus)).toList();
            for (TieType type : TieType.values()) {
                assertThat(sample.count(type)).as("%s on %s", type, sample.day())
                        .isEqualTo((int) active.stream().filter(t -> t.type() == type).count());
            }
        }
    }

    /** A state of the datasets, or none (every tie counts). */
    @Provide
    Arbitrary<String> focusCodes() {
        return Arbitraries.of(CODES).injectNull(0.3);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<int[]> period = Combinators.combine(
                Arbitraries.integers().between(0, SPAN_DAYS),
                Arbitraries.integers().between(1, SPAN_DAYS / 4),
                Arbitraries.integers().between(0, 3))
                .as((start, length, open) -> new int[] {start, open == 0 ? -1 : start + length});
        Arbitrary<Tie> tie = Combinators.combine(
                Arbitraries.of(CODES), Arbitraries.of(CODES), Arbitraries.of(TieType.class), period)
                .filter((from, to, type, p) -> !from.equals(to))
                .as((from, to, type, p) -> new Tie(from, to, type, PartialDate.ofDay(EPOCH.plusDays(p[0])),
                        p[1] < 0 ? null : PartialDate.ofDay(EPOCH.plusDays(p[1])), null, null, null));
        // Enough ties to cross several keyframes of the index.
        return tie.list().ofMaxSize(1200).map(TimelineIndexProperties::withoutOverlaps).flatMap(ties ->
                Arbitraries.integers().between(0, SPAN_DAYS).list().ofSize(CODES.size()).map(starts -> {
                    List<State> states = new ArrayList<>();
                    for (int i = 0; i < CODES.size(); i++) {
                        PartialDate start = i % 2 == 0 ? null : PartialDate.ofDay(EPOCH.plusDays(starts.get(i)));
                        states.add(new State(CODES.get(i), "State " + CODES.get(i), start, null));
                    }
                    return new Dataset("random", states, ties, List.of());
                }));
    }

    /** A valid dataset has no overlapping ties of the same pair and type; drop those that would. */
    private static List<Tie> withoutOverlaps(List<Tie> candidates) {
        List<Tie> kept = new ArrayList<>();
        for (Tie candidate : candidates) {
            boolean clash = kept.stream().anyMatch(t -> t.from().equals(candidate.from())
                    && t.to().equals(candidate.to()) && t.type() == candidate.type() && t.overlaps(candidate));
            if (!clash) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
