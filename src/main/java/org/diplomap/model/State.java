package org.diplomap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A state of the network. {@code start} and {@code end} (either may be null) bound its existence,
 * half-open like ties: it exists on D iff start <= D < end.
 */
public record State(String code, String name, PartialDate start, PartialDate end) {

    public State {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public State(String code, String name) {
        this(code, name, null, null);
    }

    public boolean existsOn(LocalDate day) {
        return (start == null || !day.isBefore(start.firstDay())) && (end == null || day.isBefore(end.firstDay()));
    }
}
