package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SideChangesTest {

    private static final LocalDate FROM = LocalDate.of(1970, 1, 1);
    private static final LocalDate TO = LocalDate.of(1975, 12, 31);

    private static Dataset twoChinas;
    private static TimelineIndex index;

    @BeforeAll
    static void load() throws Exception {
        twoChinas = new DatasetReader().read(Path.of("assets", "data", "two-chinas.json"));
        index = TimelineIndex.of(twoChinas);
    }

    private static Tie tie(String from, String to, TieType type, String start, String end, Confidence confidence) {
        return new Tie(from, to, type, PartialDate.parse(start), end == null ? null : PartialDate.parse(end), null,
                null, confidence);
    }

    private static TimelineIndex small(Tie... ties) {
        return TimelineIndex.of(new Dataset("test", List.of(new State("AAA", "A"), new State("BBB", "B"),
                new State("CCC", "C"), new State("DDD", "D")), List.of(ties), List.of()));
    }

    @Test
    void japanSwitchedItsRecognitionFromTaipeiToBeijingOn29September1972() {
        List<SideChange> changes = SideChanges.between(index, FROM, TO);

        assertThat(changes).filteredOn(c -> c.state().equals("JPN") && c.type() == TieType.RECOGNITION)
                .singleElement().satisfies(japan -> {
                    assertThat(japan.kind()).isEqualTo(SideChange.Kind.SWITCH);
                    assertThat(japan.lostTo()).isEqualTo("TWN");
                    assertThat(japan.gainedTo()).isEqualTo("CHN");
                    assertThat(japan.date().toString()).isEqualTo("1972-09-29");
                });
    }

    @Test
    void everyStateThatDroppedTaipeiAndRecognisedBeijingInThePeriodIsASwitchAndNoOtherIs() {
        // Counted straight from the dataset's ties, without the index.
        Set<String> droppedTaipei = new TreeSet<>();
        Set<String> recognisedBeijing = new TreeSet<>();
        for (Tie tie : twoChinas.ties()) {
            if (tie.type() != TieType.RECOGNITION) {
                continue;
            }
            if (tie.to().equals("TWN") && tie.isActiveOn(FROM) && !tie.isActiveOn(TO)) {
                droppedTaipei.add(tie.from());
            }
            if (tie.to().equals("CHN") && !tie.isActiveOn(FROM) && tie.isActiveOn(TO)) {
                recognisedBeijing.add(tie.from());
            }
        }
        Set<String> expected = new TreeSet<>(droppedTaipei);
        expected.retainAll(recognisedBeijing);

        List<SideChange> switches = SideChanges.switches(SideChanges.between(index, FROM, TO,
                t -> t.type() == TieType.RECOGNITION));

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(switches).allSatisfy(s -> {
            assertThat(s.lostTo()).isEqualTo("TWN");
            assertThat(s.gainedTo()).isEqualTo("CHN");
        });
        Set<String> switched = switches.stream().map(SideChange::state).collect(Collectors.toCollection(TreeSet::new));
        assertThat(switched).isEqualTo(expected);
    }

    @Test
    void theChangesAccountForEveryTieGainedOrLostExactlyOnceSortedByDate() {
        SnapshotDiff diff = index.diff(FROM, TO);
        List<Tie> accounted = new ArrayList<>();
        List<SideChange> changes = SideChanges.between(index, FROM, TO);
        for (SideChange change : changes) {
            if (change.lost() != null) {
                accounted.add(change.lost());
            }
            if (change.gained() != null) {
                accounted.add(change.gained());
            }
        }
        List<Tie> expected = new ArrayList<>(diff.tiesAdded());
        expected.addAll(diff.tiesRemoved());

        assertThat(accounted).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(changes).isSortedAccordingTo(SideChanges.ORDER);
        assertThat(changes).extracting(SideChange::kind).contains(SideChange.Kind.SWITCH, SideChange.Kind.GAIN,
                SideChange.Kind.LOSS);
    }

    @Test
    void aTieRenewedWithTheSameStateOrOfAnotherTypeIsNoSwitch() {
        TimelineIndex renewed = small(
                tie("AAA", "BBB", TieType.RECOGNITION, "1990", "2000-03-01", null),
                tie("AAA", "BBB", TieType.RECOGNITION, "2000-06-01", null, null),
                tie("CCC", "BBB", TieType.RECOGNITION, "1990", "2001", null),
                tie("CCC", "DDD", TieType.AMBASSADOR, "2001", null, null));

        List<SideChange> changes = SideChanges.between(renewed, LocalDate.of(1995, 1, 1), LocalDate.of(2005, 1, 1));

        // On one day a state's gains come before its losses.
        assertThat(changes).extracting(SideChange::kind).containsExactly(SideChange.Kind.LOSS,
                SideChange.Kind.GAIN, SideChange.Kind.GAIN, SideChange.Kind.LOSS);
        assertThat(changes).extracting(SideChange::state).containsExactly("AAA", "AAA", "CCC", "CCC");
    }

    @Test
    void aSwitchIsDatedWhenBothHaveHappenedAndATieBegunAndEndedWithinThePeriodIsNoChange() {
        TimelineIndex later = small(
                tie("AAA", "BBB", TieType.RECOGNITION, "1990", "2001-05-01", null),
                tie("AAA", "CCC", TieType.RECOGNITION, "2001-03-01", null, null),
                tie("DDD", "BBB", TieType.ENGAGEMENT, "2001-01-01", "2002-01-01", null));

        List<SideChange> changes = SideChanges.between(later, LocalDate.of(2000, 1, 1), LocalDate.of(2003, 1, 1));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SideChange.Kind.SWITCH);
            assertThat(c.date().toString()).isEqualTo("2001-05-01");
        });
    }

    @Test
    void aTieLeftOutByTheFilterLeavesTheOtherSideAPlainGainOrLoss() {
        TimelineIndex unsure = small(
                tie("AAA", "BBB", TieType.RECOGNITION, "1990", "2001", Confidence.HIGH),
                tie("AAA", "CCC", TieType.RECOGNITION, "2001", null, Confidence.LOW));
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2002, 1, 1);

        assertThat(SideChanges.between(unsure, from, to)).extracting(SideChange::kind)
                .containsExactly(SideChange.Kind.SWITCH);
        assertThat(SideChanges.between(unsure, from, to, t -> t.confidence().isAtLeast(Confidence.MEDIUM)))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(SideChange.Kind.LOSS);
                    assertThat(c.lostTo()).isEqualTo("BBB");
                    assertThat(c.gainedTo()).isNull();
                });
    }

    @Test
    void aReversedPeriodIsRefused() {
        assertThatThrownBy(() -> SideChanges.between(index, TO, FROM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it begins");
    }
}
