package org.diplomap.model;

import java.util.List;

/**
 * A whole dataset: the states, the ties between them, the narrative events and the saved views, in briefing order.
 */
public record Dataset(String title, List<State> states, List<Tie> ties, List<Event> events, List<SavedView> views) {

    public Dataset {
        states = List.copyOf(states);
        ties = List.copyOf(ties);
        events = List.copyOf(events);
        views = views == null ? List.of() : List.copyOf(views);
    }

    /** A dataset without saved views. */
    public Dataset(String title, List<State> states, List<Tie> ties, List<Event> events) {
        this(title, states, ties, events, List.of());
    }

    public static Dataset empty() {
        return new Dataset(null, List.of(), List.of(), List.of());
    }
}
