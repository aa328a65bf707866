package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticWorldTest {

    private static final SyntheticWorld.Options SMALL = new SyntheticWorld.Options(60, 5_000, 1816, 2026, 7);
    private static final SyntheticWorld.World WORLD = SyntheticWorld.build(SMALL);
    private static final Dataset DATASET = WORLD.dataset();

    @Test
    void theSameSeedGivesTheSameDataset() {
        assertThat(SyntheticWorld.generate(SMALL)).isEqualTo(DATASET);
    }

    @Test
    void anotherSeedGivesAnotherDataset() {
        Dataset other = SyntheticWorld.generate(new SyntheticWorld.Options(60, 5_000, 1816, 2026, 8));

        assertThat(other.ties()).isNotEqualTo(DATASET.ties());
        assertThat(other.states()).isNotEqualTo(DATASET.states());
    }

    @Test
    void theWrittenDatasetReadsBackEqual() throws Exception {
        assertThat(writtenAndRead(DATASET)).isEqualTo(DATASET);
    }

    @ParameterizedTest
    @CsvSource({"60, 5000, 1816, 2026", "20, 0, 1900, 2000", "20, 1, 1900, 2000", "12, 3000, 1990, 2010",
        "300, 1000, 1990, 2000"})
    void theDatasetHasExactlyTheTiesAskedFor(int states, int ties, int from, int to) {
        Dataset dataset = SyntheticWorld.generate(new SyntheticWorld.Options(states, ties, from, to, 3));

        assertThat(dataset.ties()).hasSize(ties);
        assertThat(dataset.states()).hasSize(states);
        assertValid(dataset);
    }

    @Test
    void theFullSizeHasExactlyItsTiesAndAFewHundredEvents() {
        Dataset dataset = SyntheticWorld.generate(SyntheticWorld.Options.defaults());

        assertThat(dataset.states()).hasSize(200);
        assertThat(dataset.ties()).hasSize(100_000);
        assertThat(dataset.events().size()).isBetween(200, 600);
    }

    @Test
    void everyTieLiesWithinTheExistenceOfBothItsStates() {
        assertValid(DATASET);
    }

    @Test
    void tiesOfTheSamePairAndTypeNeverOverlap() {
        for (List<Tie> same : byPairAndType(DATASET).values()) {
            for (int i = 1; i < same.size(); i++) {
                assertThat(same.get(i).overlaps(same.get(i - 1))).as(same.get(i).id()).isFalse();
            }
        }
    }

    @Test
    void pairsUpgradeAndDowngrade() {
        Map<String, List<Tie>> byPair = DATASET.ties().stream()
                .collect(Collectors.groupingBy(t -> t.from() + ">" + t.to(), TreeMap::new, Collectors.toList()));
        int upgrades = 0;
        int recalls = 0;
        for (List<Tie> pair : byPair.values()) {
            for (Tie tie : pair) {
                if (tie.type() == TieType.ENGAGEMENT && tie.end() != null && pair.stream().anyMatch(
                        t -> t.type() == TieType.RECOGNITION && t.start().equals(tie.end()))) {
                    upgrades++;
                }
                if (tie.type() == TieType.AMBASSADOR && tie.end() != null && pair.stream().anyMatch(
                        t -> t.type() == TieType.RECOGNITION && t.isActiveOn(tie.end().firstDay()))) {
                    recalls++;
                }
            }
        }

        assertThat(upgrades).as("engagement turned into recognition").isGreaterThan(10);
        assertThat(recalls).as("ambassadors gone while recognition holds").isGreaterThan(10);
    }

    @Test
    void statesAreFoundedAndCeaseWithinTheSpan() {
        List<State> founded = DATASET.states().stream()
                .filter(s -> s.start() != null && s.start().firstDay().getYear() > SMALL.fromYear()).toList();
        List<State> ceased = DATASET.states().stream()
                .filter(s -> s.end() != null && s.end().firstDay().getYear() < SMALL.toYear()).toList();

        assertThat(founded.size()).isGreaterThan(5);
        assertThat(ceased.size()).isGreaterThan(2);
        assertThat(ceased).anyMatch(founded::contains);
        assertThat(ceased).allMatch(s -> s.code().matches("HS\\d{3}"));
    }

    @Test
    void statesHaveIsoCodesAndNamesOrDeclaredHistoricalCodes() {
        StateReference reference = StateReference.bundled();

        for (State state : DATASET.states()) {
            if (reference.knows(state.code())) {
                assertThat(state.name()).isEqualTo(reference.nameOf(state.code()).orElseThrow());
            } else {
                assertThat(state.code()).matches("HS\\d{3}");
            }
        }
        assertThat(DATASET.states()).anyMatch(s -> s.code().startsWith("HS"));
    }

    @Test
    void tiesClusterWithinRegions() {
        Map<String, String> regionOf = WORLD.regionOf();
        long within = DATASET.ties().stream().filter(t -> regionOf.get(t.from()).equals(regionOf.get(t.to()))).count();

        assertThat(new TreeSet<>(regionOf.values()).size()).isBetween(5, 7);
        assertThat(regionOf.keySet()).containsExactlyElementsOf(DATASET.states().stream().map(State::code).toList());
        assertThat(within).isGreaterThan(DATASET.ties().size() / 2);
    }

    @Test
    void laterYearsHaveMoreTies() {
        long in1900 = activeOn(LocalDate.of(1900, 1, 1));
        long in2000 = activeOn(LocalDate.of(2000, 1, 1));

        assertThat(in1900).isPositive();
        assertThat(in2000).isGreaterThan(2 * in1900);
    }

    @Test
    void datesPrecisionsAndConfidencesAreMixed() {
        Map<PartialDate.Precision, Long> precisions = DATASET.ties().stream()
                .collect(Collectors.groupingBy(t -> t.start().precision(), Collectors.counting()));
        Map<Confidence, Long> confidences = DATASET.ties().stream()
                .collect(Collectors.groupingBy(Tie::confidence, Collectors.counting()));

        assertThat(precisions).containsOnlyKeys(PartialDate.Precision.values());
        assertThat(precisions.get(PartialDate.Precision.DAY)).isGreaterThan(DATASET.ties().size() / 2);
        assertThat(confidences).containsOnlyKeys(Confidence.values());
        assertThat(DATASET.ties()).allMatch(t -> t.description().startsWith("Synthetic: ") && t.source() != null);
    }

    @Test
    void eventsNameStatesOfTheDataset() {
        TreeSet<String> codes = DATASET.states().stream().map(State::code).collect(Collectors.toCollection(TreeSet::new));

        assertThat(DATASET.events()).hasSizeGreaterThan(30);
        assertThat(DATASET.events()).allMatch(e -> codes.containsAll(e.states()) && e.description().startsWith("Synthetic: "));
    }

    @Property(tries = 15)
    void anyOptionsGiveAValidDataset(@ForAll @IntRange(min = 2, max = 40) int states,
                                     @ForAll @IntRange(max = 1500) int ties,
                                     @ForAll @IntRange(min = 1700, max = 2020) int from,
                                     @ForAll @IntRange(min = 1, max = 150) int years,
                                     @ForAll long seed) throws Exception {
        Dataset dataset = SyntheticWorld.generate(new SyntheticWorld.Options(states, ties, from, from + years, seed));

        assertThat(dataset.ties().size()).isLessThanOrEqualTo(ties);
        if (states >= 10 && years >= 20) {
            assertThat(dataset.ties()).hasSize(ties);
        }
        assertValid(dataset);
        assertThat(writtenAndRead(dataset)).isEqualTo(dataset);
    }

    private static long activeOn(LocalDate day) {
        return DATASET.ties().stream().filter(t -> t.isActiveOn(day)).count();
    }

    private static Dataset writtenAndRead(Dataset dataset) throws Exception {
        StringWriter out = new StringWriter();
        new DatasetWriter().write(dataset, out);
        return new DatasetReader().read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                "synthetic.json");
    }

    private static Map<String, List<Tie>> byPairAndType(Dataset dataset) {
        Map<String, List<Tie>> groups = new TreeMap<>();
        for (Tie tie : dataset.ties()) {
            groups.computeIfAbsent(tie.from() + ">" + tie.to() + ":" + tie.type().code(), k -> new ArrayList<>()).add(tie);
        }
        groups.values().forEach(list -> list.sort(Comparator.comparing(Tie::start)));
        return groups;
    }

    /** Each tie within both its states' existence (ending by the day a state ends), no same-kind overlaps. */
    private static void assertValid(Dataset dataset) {
        Map<String, State> states = dataset.states().stream().collect(Collectors.toMap(State::code, Function.identity()));
        for (Tie tie : dataset.ties()) {
            for (State state : List.of(states.get(tie.from()), states.get(tie.to()))) {
                if (state.start() != null) {
                    assertThat(tie.start().firstDay()).as(tie.id()).isAfterOrEqualTo(state.start().firstDay());
                }
                if (state.end() != null) {
                    assertThat(tie.end()).as(tie.id() + " ends").isNotNull();
                    assertThat(tie.end().firstDay()).as(tie.id()).isBeforeOrEqualTo(state.end().firstDay());
                }
            }
            if (tie.end() != null) {
                assertThat(tie.end().firstDay()).as(tie.id()).isAfter(tie.start().firstDay());
            }
        }
        for (List<Tie> same : byPairAndType(dataset).values()) {
            for (int i = 1; i < same.size(); i++) {
                assertThat(same.get(i).overlaps(same.get(i - 1))).as(same.get(i).id()).isFalse();
            }
        }
    }
}
