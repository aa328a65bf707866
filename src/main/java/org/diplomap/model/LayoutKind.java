package org.diplomap.model;

import java.util.Arrays;
import java.util.Optional;

/** Where the states are drawn: by the force-directed network layout, or at their places on a map. */
public enum LayoutKind {
    NETWORK("network"),
    GEOGRAPHIC("geographic");

    private final String code;

    LayoutKind(String code) {
        this.code = code;
    }

    /** The word used in data files. */
    public String code() {
        return code;
    }

    public static Optional<LayoutKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
