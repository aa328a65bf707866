package org.diplomap.model;

import java.util.Arrays;
import java.util.Optional;

/** How sure the source is of a fact. */
public enum Confidence {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Confidence> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
