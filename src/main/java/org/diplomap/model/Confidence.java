package org.diplomap.model;

import java.util.Arrays;
import java.util.Optional;

/** How sure the source is of a fact, surest first. */
public enum Confidence {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether this is as sure as {@code least} or surer (high is at least medium; low is at least low only). */
    public boolean isAtLeast(Confidence least) {
        return ordinal() <= least.ordinal();
    }

    public static Optional<Confidence> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
