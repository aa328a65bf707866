package org.diplomap.model;

import java.util.List;

/** A whole dataset: the states, the ties between them and the narrative events. */
public record Dataset(String title, List<State> states, List<Tie> ties, List<Event> events) {

    public Dataset {
        states = List.copyOf(states);
        ties = List.copyOf(ties);
        events = List.copyOf(events);
    }

    public static Dataset empty() {
        return new Dataset(null, List.of(), List.of(), List.of());
    }
}
