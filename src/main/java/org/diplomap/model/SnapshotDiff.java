package org.diplomap.model;

import java.time.LocalDate;
import java.util.List;

/** What changes in the network when the date moves from {@code from} to {@code to}. */
public record SnapshotDiff(LocalDate from, LocalDate to,
                           List<Tie> tiesAdded, List<Tie> tiesRemoved,
                           List<State> statesAdded, List<State> statesRemoved) {

    public SnapshotDiff {
        tiesAdded = List.copyOf(tiesAdded);
        tiesRemoved = List.copyOf(tiesRemoved);
        statesAdded = List.copyOf(statesAdded);
        statesRemoved = List.copyOf(statesRemoved);
    }

    public boolean isEmpty() {
        return tiesAdded.isEmpty() && tiesRemoved.isEmpty() && statesAdded.isEmpty() && statesRemoved.isEmpty();
    }
}
