package org.diplomap.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.diplomap.model.TieType;

/** The number of ties of each type active on one day. */
public final class TypeCounts {

    private final LocalDate day;
    private final int[] counts;

    TypeCounts(LocalDate day, int[] counts) {
        this.day = Objects.requireNonNull(day);
        this.counts = counts.clone();
    }

    public LocalDate day() {
        return day;
    }

    public int count(TieType type) {
        return counts[type.ordinal()];
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeCounts other && day.equals(other.day) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return day.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(day.toString());
        for (TieType type : TieType.values()) {
            text.append(' ').append(type.code()).append('=').append(count(type));
        }
        return text.toString();
    }
}
