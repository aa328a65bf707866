package org.diplomap.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

class MatrixOrderTest {

    /** Codes whose alphabetical order alternates between the two blocs, so that only the clustering can group them. */
    private static final List<String> BLOC_A = List.of("AAA", "CCC", "EEE", "GGG");
    private static final List<String> BLOC_B = List.of("BBB", "DDD", "FFF", "HHH");

    private static Tie tie(String from, String to, String start, String end) {
        return new Tie(from, to, TieType.RECOGNITION, PartialDate.parse(start),
                end == null ? null : PartialDate.parse(end), null, null, null);
    }

    private static List<State> states(List<String> codes) {
        return codes.stream().map(c -> new State(c, "State " + c)).toList();
    }

    private static List<Tie> everyPairOf(List<String> bloc) {
        List<Tie> ties = new ArrayList<>();
        for (String a : bloc) {
            for (String b : bloc) {
                if (!a.equals(b)) {
                    ties.add(tie(a, b, "1950", null));
                }
            }
        }
        return ties;
    }

    private static boolean together(List<String> order, List<String> group) {
        List<Integer> places = group.stream().map(order::indexOf).sorted().toList();
        return places.get(places.size() - 1) - places.get(0) == group.size() - 1;
    }

    @Test
    void statesOfTwoBlocsStandTogetherWithAGapBetweenThem() {
        List<String> codes = new ArrayList<>(BLOC_A);
        codes.addAll(BLOC_B);
        List<Tie> ties = new ArrayList<>(everyPairOf(BLOC_A));
        ties.addAll(everyPairOf(BLOC_B));
        // One tie across: the blocs are not wholly apart.
        ties.add(tie("AAA", "BBB", "1990", null));

        Layout layout = MatrixOrder.compute(states(codes), ties);
        List<String> order = MatrixOrder.codesInOrder(layout);

        assertThat(together(order, BLOC_A)).as("order %s", order).isTrue();
        assertThat(together(order, BLOC_B)).as("order %s", order).isTrue();
        String lastOfFirst = order.get(3);
        String firstOfSecond = order.get(4);
        double step = layout.positionOf(firstOfSecond).orElseThrow().x() - layout.positionOf(lastOfFirst).orElseThrow().x();
        assertThat(step).isCloseTo(1 + MatrixOrder.GROUP_GAP, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 1; i < 4; i++) {
            assertThat(layout.positionOf(order.get(i)).orElseThrow().x()
                    - layout.positionOf(order.get(i - 1)).orElseThrow().x())
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void statesThatSwitchedTogetherStandTogetherWithThePartnerTheyShared() {
        // Three states recognise PPP until 1972 and QQQ after it; three others recognise QQQ throughout.
        List<String> switched = List.of("AAB", "CCD", "EEF");
        List<String> steady = List.of("BBC", "DDE", "FFG");
        List<Tie> ties = new ArrayList<>();
        for (String code : switched) {
            ties.add(tie(code, "PPP", "1950", "1972"));
            ties.add(tie(code, "QQQ", "1972", null));
        }
        for (String code : steady) {
            ties.add(tie(code, "QQQ", "1950", null));
        }
        List<String> codes = new ArrayList<>(switched);
        codes.addAll(steady);
        codes.addAll(List.of("PPP", "QQQ"));

        List<String> order = MatrixOrder.codesInOrder(MatrixOrder.compute(states(codes), ties));

        List<String> firstBloc = new ArrayList<>(switched);
        firstBloc.add("PPP");
        List<String> secondBloc = new ArrayList<>(steady);
        secondBloc.add("QQQ");
        assertThat(together(order, firstBloc)).as("order %s", order).isTrue();
        assertThat(together(order, secondBloc)).as("order %s", order).isTrue();
    }

    @Test
    void theOrderDependsOnTheDataNotOnTheOrderItComesIn() {
        List<String> codes = new ArrayList<>(BLOC_A);
        codes.addAll(BLOC_B);
        List<Tie> ties = new ArrayList<>(everyPairOf(BLOC_A));
        ties.addAll(everyPairOf(BLOC_B));
        ties.add(tie("CCC", "DDD", "2000", "2010"));
        Layout first = MatrixOrder.compute(states(codes), ties);

        List<String> shuffledCodes = new ArrayList<>(codes);
        List<Tie> shuffledTies = new ArrayList<>(ties);
        Collections.shuffle(shuffledCodes, new Random(7));
        Collections.shuffle(shuffledTies, new Random(8));

        assertThat(MatrixOrder.compute(states(shuffledCodes), shuffledTies)).isEqualTo(first);
    }

    @Test
    void anEditOfTiesKeepsTheRowsWhereTheyWereAndANewStateOrdersThemAgain() {
        List<String> codes = new ArrayList<>(BLOC_A);
        codes.addAll(BLOC_B);
        List<Tie> ties = new ArrayList<>(everyPairOf(BLOC_A));
        ties.addAll(everyPairOf(BLOC_B));
        Layout before = MatrixOrder.compute(states(codes), ties);

        List<Tie> edited = new ArrayList<>(ties);
        edited.add(tie("AAA", "BBB", "1995", null));
        assertThat(MatrixOrder.kept(before, states(codes), edited)).isSameAs(before);

        List<String> more = new ArrayList<>(codes);
        more.add("NEW");
        Layout after = MatrixOrder.kept(before, states(more), edited);
        assertThat(after.positions().keySet()).containsAll(more).hasSize(more.size());
    }

    @Test
    void statesWithoutTiesComeLastByCode() {
        List<String> codes = new ArrayList<>(BLOC_A);
        codes.addAll(List.of("ZZA", "ABA"));

        List<String> order = MatrixOrder.codesInOrder(MatrixOrder.compute(states(codes), everyPairOf(BLOC_A)));

        assertThat(order.subList(4, 6)).containsExactly("ABA", "ZZA");
        assertThat(order).hasSize(6);
    }
}
