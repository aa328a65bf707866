package org.diplomap.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of tie, strongest first. */
public enum TieType {
    RECOGNITION("recognition", "Recognition"),
    AMBASSADOR("ambassador", "Accepted ambassador"),
    ENGAGEMENT("engagement", "Partial engagement");

    private final String code;
    private final String label;

    TieType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used in data files. */
    public String code() {
        return code;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    public static Optional<TieType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
