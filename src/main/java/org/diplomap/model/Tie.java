package org.diplomap.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A directed tie: {@code from} extends it to {@code to}. Active on D iff start <= D and (no end or D < end).
 * {@code end}, {@code description} and {@code source} may be null.
 */
public record Tie(String from, String to, TieType type, PartialDate start, PartialDate end,
                  String description, String source, Confidence confidence) {

    /** The order of ties in snapshots: by from, to, type, then start. */
    public static final Comparator<Tie> ORDER = Comparator.comparing(Tie::from)
            .thenComparing(Tie::to)
            .thenComparing(Tie::type)
            .thenComparing(Tie::start);

    public Tie {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        confidence = confidence == null ? Confidence.HIGH : confidence;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(start.firstDay()) && (end == null || day.isBefore(end.firstDay()));
    }

    /** Whether two ties share some day. Both are half-open periods. */
    public boolean overlaps(Tie other) {
        boolean thisEndsFirst = end != null && !end.firstDay().isAfter(other.start.firstDay());
        boolean otherEndsFirst = other.end != null && !other.end.firstDay().isAfter(start.firstDay());
        return !thisEndsFirst && !otherEndsFirst;
    }

    /** A key that names this tie uniquely in a valid dataset (same pair and type never overlap). */
    public String id() {
        return from + ">" + to + ":" + type.code() + "@" + start;
    }
}
