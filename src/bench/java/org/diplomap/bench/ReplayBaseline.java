package org.diplomap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomap.model.Tie;

/**
 * The network at a date the way an event log is read (GraphStream's DGS files, for one): replay every change
 * from the beginning of the data up to the date.
 */
final class ReplayBaseline {

    private record Change(LocalDate day, Tie tie, boolean start) {
    }

    private final List<Change> changes = new ArrayList<>();

    ReplayBaseline(List<Tie> ties) {
        for (Tie tie : ties) {
            changes.add(new Change(tie.start().firstDay(), tie, true));
            if (tie.end() != null) {
                changes.add(new Change(tie.end().firstDay(), tie, false));
            }
        }
        changes.sort(Comparator.comparing(Change::day));
    }

    Set<Tie> activeAt(LocalDate day) {
        Set<Tie> active = new HashSet<>();
        for (Change change : changes) {
            if (change.day().isAfter(day)) {
                break;
            }
            if (change.start()) {
                active.add(change.tie());
            } else {
                active.remove(change.tie());
            }
        }
        return active;
    }
}
