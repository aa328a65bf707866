package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
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

    @Property(tries = 200)
    void snapshotTiesActAsThePlainFilteredList(@ForAll("datasets") Dataset dataset,
                                               @ForAll @IntRange(min = -10, max = SPAN_DAYS + 10) int dayOffset) {
        LocalDate day = EPOCH.plusDays(dayOffset);
        List<Tie> expected = dataset.ties().stream().filter(t -> t.isActiveOn(day)).sorted(Tie.ORDER).toList();

        List<Tie> ties = TimelineIndex.of(dataset).snapshotAt(day).ties();

        assertThat(ties).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(ties.get(i)).isEqualTo(expected.get(i));
        }
        for (Tie tie : dataset.ties()) {
            assertThat(ties.contains(tie)).isEqualTo(expected.contains(tie));
            assertThat(ties.indexOf(tie)).isEqualTo(expected.indexOf(tie));
        }
        List<Tie> walked = new ArrayList<>();
        ties.forEach(walked::add);
        assertThat(walked).isEqualTo(expected);
        assertThat(ties.toArray()).containsExactly(expected.toArray());
        assertThat(ties.stream().toList()).isEqualTo(expected);
        assertThat(ties.hashCode()).isEqualTo(expected.hashCode());
        assertThat(List.copyOf(ties)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void anIndexUpdatedByAnEditAnswersAsOneBuiltFromTheEditedData(@ForAll("datasets") Dataset dataset,
                                                                  @ForAll("newTies") List<Tie> candidates,
                                                                  @ForAll long seed) {
        Random random = new Random(seed);
        List<Tie> gone = dataset.ties().stream().filter(t -> random.nextInt(Math.max(1, dataset.ties().size() / 2)) == 0)
                .limit(3).toList();
        List<Tie> kept = new ArrayList<>(dataset.ties());
        kept.removeAll(gone);
        List<Tie> added = new ArrayList<>();
        for (Tie candidate : candidates) {
            if (kept.stream().noneMatch(t -> clashes(t, candidate))
                    && added.stream().noneMatch(t -> clashes(t, candidate))) {
                added.add(candidate);
            }
        }
        // Removals and additions paired as changes of a tie where both are there, as an edit of a tie's fields is.
        List<Change.Replacement<Tie>> replacements = new ArrayList<>();
        for (int i = 0; i < Math.max(gone.size(), added.size()); i++) {
            replacements.add(new Change.Replacement<>(i < gone.size() ? gone.get(i) : null,
                    i < added.size() ? added.get(i) : null));
        }
        if (replacements.isEmpty()) {
            return;
        }
        Change change = new Change("edit", List.of(), replacements, List.of());
        List<Tie> edited = new ArrayList<>(kept);
        edited.addAll(added);
        Dataset after = new Dataset(dataset.title(), dataset.states(), edited, dataset.events());

        TimelineIndex index = TimelineIndex.of(dataset);
        TimelineIndex updated = index.updated(after, change);
        TimelineIndex undone = updated.updated(dataset, change.inverse());

        assertSameAnswers(updated, TimelineIndex.of(after), random);
        assertSameAnswers(undone, index, random);
    }

    private static boolean clashes(Tie a, Tie b) {
        return a.from().equals(b.from()) && a.to().equals(b.to()) && a.type() == b.type()
                && (a.overlaps(b) || a.start().equals(b.start()));
    }

    private static void assertSameAnswers(TimelineIndex actual, TimelineIndex expected, Random random) {
        assertThat(actual.ties()).isEqualTo(expected.ties());
        assertThat(actual.events()).isEqualTo(expected.events());
        for (String code : CODES) {
            assertThat(actual.tiesOf(code)).isEqualTo(expected.tiesOf(code));
        }
        for (int i = 0; i < 20; i++) {
            LocalDate day = EPOCH.plusDays(random.nextInt(SPAN_DAYS + 20) - 10);
            LocalDate other = EPOCH.plusDays(random.nextInt(SPAN_DAYS + 20) - 10);
            assertThat(actual.snapshotAt(day)).isEqualTo(expected.snapshotAt(day));
            assertThat(actual.diff(day, other)).isEqualTo(expected.diff(day, other));
            assertThat(actual.eventsUpTo(day)).isEqualTo(expected.eventsUpTo(day));
        }
    }

    @Provide
    Arbitrary<List<Tie>> newTies() {
        return ties().list().ofMaxSize(3);
    }

    /** A state of the datasets, or none (every tie counts). */
    @Provide
    Arbitrary<String> focusCodes() {
        return Arbitraries.of(CODES).injectNull(0.3);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        // Enough ties to cross several keyframes of the index.
        return ties().list().ofMaxSize(1200).map(TimelineIndexProperties::withoutOverlaps).flatMap(ties ->
                Arbitraries.integers().between(0, SPAN_DAYS).list().ofSize(CODES.size()).map(starts -> {
                    List<State> states = new ArrayList<>();
                    for (int i = 0; i < CODES.size(); i++) {
                        PartialDate start = i % 2 == 0 ? null : PartialDate.ofDay(EPOCH.plusDays(starts.get(i)));
                        states.add(new State(CODES.get(i), "State " + CODES.get(i), start, null));
                    }
                    // Narrative events on days when ties change too, to be kept in their place among them.
                    List<Event> events = ties.stream().limit(4).map(t -> new Event(t.start(), "Talks " + t.from(),
                            null, null, List.of(t.from()))).toList();
                    return new Dataset("random", states, ties, events);
                }));
    }

    private Arbitrary<Tie> ties() {
        Arbitrary<int[]> period = Combinators.combine(
                Arbitraries.integers().between(0, SPAN_DAYS),
                Arbitraries.integers().between(1, SPAN_DAYS / 4),
                Arbitraries.integers().between(0, 3))
                .as((start, length, open) -> new int[] {start, open == 0 ? -1 : start + length});
        return Combinators.combine(
                Arbitraries.of(CODES), Arbitraries.of(CODES), Arbitraries.of(TieType.class), period)
                .filter((from, to, type, p) -> !from.equals(to))
                .as((from, to, type, p) -> new Tie(from, to, type, PartialDate.ofDay(EPOCH.plusDays(p[0])),
                        p[1] < 0 ? null : PartialDate.ofDay(EPOCH.plusDays(p[1])), null, null, null));
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
