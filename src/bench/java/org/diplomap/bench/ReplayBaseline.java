package org.diplomap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

/**
 * The network at a date the way an event log is read (GraphStream's DGS files, for one): replay every change
 * from the beginning of the data up to the date. The changes are the starts and ends of ties and of states; the
 * answer is the same as the timeline index's: the ties active and the states that exist on the date.
 */
final class ReplayBaseline {

    /** A tie or a state (the other is null) starting or ending. */
    private record Change(LocalDate day, Tie tie, State state, boolean start) {
    }

    /** The network replayed up to a date. */
    record Network(Set<Tie> ties, Set<State> states) {
    }

    private final List<Change> changes = new ArrayList<>();

    ReplayBaseline(List<Tie> ties, List<State> states) {
        for (State state : states) {
            changes.add(new Change(state.start() == null ? LocalDate.MIN : state.start().firstDay(), null, state,
                    true));
            if (state.end() != null) {
                changes.add(new Change(state.end().firstDay(), null, state, false));
            }
        }
        for (Tie tie : ties) {
            changes.add(new Change(tie.start().firstDay(), tie, null, true));
            if (tie.end() != null) {
                changes.add(new Change(tie.end().firstDay(), tie, null, false));
            }
        }
        // A stable sort: of a start and an end on one day, the start stays first.
        changes.sort(Comparator.comparing(Change::day));
    }

    Network activeAt(LocalDate day) {
        Set<Tie> ties = new HashSet<>();
        Set<State> states = new HashSet<>();
        for (Change change : changes) {
            if (change.day().isAfter(day)) {
                break;
            }
            if (change.tie() != null) {
                if (change.start()) {
                    ties.add(change.tie());
                } else {
                    ties.remove(change.tie());
                }
            } else if (change.start()) {
                states.add(change.state());
            } else {
                states.remove(change.state());
            }
        }
        return new Network(ties, states);
    }
}
