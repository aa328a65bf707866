package org.diplomap.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The network on one day: the states that exist (by code) and the ties active (in {@link Tie#ORDER}). */
public record Snapshot(LocalDate date, List<State> states, List<Tie> ties) {

    public Snapshot {
        states = List.copyOf(states);
        // A selection over an index's ties is immutable already: keeping it saves copying the whole network.
        ties = ties instanceof TieSelection ? ties : List.copyOf(ties);
    }

    /** The number of active ties of each type, every type present (zero when none). */
    public Map<TieType, Integer> countsByType() {
        Map<TieType, Integer> counts = new EnumMap<>(TieType.class);
        for (TieType type : TieType.values()) {
            counts.put(type, 0);
        }
        for (Tie tie : ties) {
            counts.merge(tie.type(), 1, Integer::sum);
        }
        return counts;
    }
}
