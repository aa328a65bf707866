package org.diplomap.graph;

import java.time.LocalDate;
import java.util.List;
import org.diplomap.model.Tie;

/** The network shown compared with an earlier (or later) date: the ties gained since then and those lost. */
public record Comparison(LocalDate since, List<Tie> gained, List<Tie> lost) {

    public Comparison {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }
}
