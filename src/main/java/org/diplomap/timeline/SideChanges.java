package org.diplomap.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * Who changed sides between two dates: the ties gained and lost in the period, a state's loss and gain of the same
 * type with two different states matched as a switch. The window's list and the command line ask this one engine.
 */
public final class SideChanges {

    /** The order of the changes: by date, then by state, switches before plain gains and losses, then by type. */
    public static final Comparator<SideChange> ORDER = Comparator
            .comparing((SideChange c) -> c.date().firstDay())
            .thenComparing(SideChange::state)
            .thenComparing(SideChange::kind)
            .thenComparing(SideChange::type)
            .thenComparing(c -> c.gained() != null ? c.gained().to() : c.lost().to());

    private SideChanges() {
    }

    /**
     * The changes from {@code from} to {@code to} ({@code from} not after {@code to}) among the ties that
     * {@code shown} accepts, in {@link #ORDER}. A tie counts as gained when it is active at {@code to} and not at
     * {@code from}, and lost the other way round; a tie that begins and ends within the period changes nothing.
     */
    public static List<SideChange> between(TimelineIndex index, LocalDate from, LocalDate to, Predicate<Tie> shown) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it begins (" + from + ")");
        }
        SnapshotDiff diff = index.diff(from, to);
        Map<String, List<Tie>> lostByState = byStateAndType(diff.tiesRemoved(), shown);
        Map<String, List<Tie>> gainedByState = byStateAndType(diff.tiesAdded(), shown);
        List<SideChange> changes = new ArrayList<>();
        for (Map.Entry<String, List<Tie>> group : lostByState.entrySet()) {
            List<Tie> lost = new ArrayList<>(group.getValue());
            List<Tie> gained = gainedByState.remove(group.getKey());
            gained = gained == null ? new ArrayList<>() : new ArrayList<>(gained);
            lost.sort(Comparator.comparing((Tie t) -> t.end().firstDay()).thenComparing(Tie.ORDER));
            gained.sort(Comparator.comparing((Tie t) -> t.start().firstDay()).thenComparing(Tie.ORDER));
            for (Tie ended : lost) {
                Tie begun = nearestWithAnother(ended, gained);
                if (begun == null) {
                    changes.add(SideChange.loss(ended));
                } else {
                    gained.remove(begun);
                    changes.add(SideChange.switchOf(ended, begun));
                }
            }
            gained.forEach(t -> changes.add(SideChange.gain(t)));
        }
        gainedByState.values().forEach(ties -> ties.forEach(t -> changes.add(SideChange.gain(t))));
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    /** Every change, whatever its type or confidence. */
    public static List<SideChange> between(TimelineIndex index, LocalDate from, LocalDate to) {
        return between(index, from, to, tie -> true);
    }

    /** The switches among changes. */
    public static List<SideChange> switches(List<SideChange> changes) {
        return changes.stream().filter(c -> c.kind() == SideChange.Kind.SWITCH).toList();
    }

    /**
     * The tie begun with another state than {@code ended}'s whose start lies nearest its end (the earlier on a draw):
     * a state that recognises Beijing in March and drops Taipei in May switched then, whatever else it began that year.
     */
    private static Tie nearestWithAnother(Tie ended, List<Tie> begun) {
        Tie nearest = null;
        long nearestDistance = Long.MAX_VALUE;
        long endDay = ended.end().firstDay().toEpochDay();
        for (Tie candidate : begun) {
            if (candidate.to().equals(ended.to())) {
                continue;
            }
            long distance = Math.abs(candidate.start().firstDay().toEpochDay() - endDay);
            if (distance < nearestDistance) {
                nearest = candidate;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private static Map<String, List<Tie>> byStateAndType(List<Tie> ties, Predicate<Tie> shown) {
        Map<String, List<Tie>> groups = new LinkedHashMap<>();
        for (Tie tie : ties) {
            if (shown.test(tie)) {
                groups.computeIfAbsent(key(tie.from(), tie.type()), k -> new ArrayList<>()).add(tie);
            }
        }
        return groups;
    }

    private static String key(String state, TieType type) {
        return state + ":" + type.code();
    }
}
