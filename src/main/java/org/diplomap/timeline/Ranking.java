package org.diplomap.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

/**
 * Who counts most at a date: the states that exist then, by the ties they receive (and, among equals, extend),
 * with how that changed since a second date. The window's table and the command line ask this one engine.
 */
public final class Ranking {

    /** Where a state stood: its place (1 is the most received; states receiving as many share a place) and counts. */
    public record Standing(int position, int received, int extended) {
    }

    /**
     * A state's row: where it stands at the date, and where it stood at the compare date ({@code then}, null when
     * not comparing). A tie of a state to itself counts as both received and extended.
     */
    public record Row(State state, Standing now, Standing then) {

        public Row {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(now, "now");
        }

        public String code() {
            return state.code();
        }

        public int position() {
            return now.position();
        }

        public int received() {
            return now.received();
        }

        public int extended() {
            return now.extended();
        }

        /** Ties received more than at the compare date (negative: fewer); 0 when not comparing. */
        public int receivedChange() {
            return then == null ? 0 : now.received() - then.received();
        }

        public int extendedChange() {
            return then == null ? 0 : now.extended() - then.extended();
        }

        /** Places gained since the compare date (a move from 5th to 2nd is 3); 0 when not comparing. */
        public int positionChange() {
            return then == null ? 0 : then.position() - now.position();
        }
    }

    private Ranking() {
    }

    /**
     * The states existing on {@code day}, the most received first (then the most extended, then by name), counting
     * the ties that {@code shown} accepts; with a {@code compareDay} (else null) each row also tells where the state
     * stood then, among the same states.
     */
    public static List<Row> at(TimelineIndex index, LocalDate day, LocalDate compareDay, Predicate<Tie> shown) {
        List<State> states = index.snapshotAt(day).states();
        Map<String, Standing> now = standings(states, index.snapshotAt(day).ties(), shown);
        Map<String, Standing> then = compareDay == null ? null
                : standings(states, index.snapshotAt(compareDay).ties(), shown);
        List<Row> rows = new ArrayList<>(states.size());
        for (State state : states) {
            rows.add(new Row(state, now.get(state.code()), then == null ? null : then.get(state.code())));
        }
        rows.sort(Comparator.comparingInt(Row::position)
                .thenComparing(Comparator.comparingInt(Row::extended).reversed())
                .thenComparing(row -> row.state().name())
                .thenComparing(Row::code));
        return List.copyOf(rows);
    }

    public static List<Row> at(TimelineIndex index, LocalDate day) {
        return at(index, day, null, tie -> true);
    }

    private static Map<String, Standing> standings(List<State> states, List<Tie> ties, Predicate<Tie> shown) {
        Map<String, int[]> counts = new HashMap<>();
        for (State state : states) {
            counts.put(state.code(), new int[2]);
        }
        for (Tie tie : ties) {
            if (!shown.test(tie)) {
                continue;
            }
            int[] to = counts.get(tie.to());
            if (to != null) {
                to[0]++;
            }
            int[] from = counts.get(tie.from());
            if (from != null) {
                from[1]++;
            }
        }
        List<Integer> received = new ArrayList<>(counts.values().stream().map(c -> c[0]).toList());
        received.sort(Comparator.reverseOrder());
        // A state's place is one more than the number of states receiving more.
        Map<Integer, Integer> placeOf = new HashMap<>();
        for (int i = 0; i < received.size(); i++) {
            placeOf.putIfAbsent(received.get(i), i + 1);
        }
        Map<String, Standing> standings = new HashMap<>();
        counts.forEach((code, c) -> standings.put(code, new Standing(placeOf.get(c[0]), c[0], c[1])));
        return standings;
    }
}
