package org.diplomap.model;

import java.util.List;
import java.util.Objects;

/** A narrative event shown on the timeline (a visit, a court decision); it changes no tie. */
public record Event(PartialDate date, String title, String description, String source, List<String> states) {

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        states = states == null ? List.of() : List.copyOf(states);
    }
}
