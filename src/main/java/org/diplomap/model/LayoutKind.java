package org.diplomap.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the states are drawn: by the force-directed network layout, at their places on a map, or as the rows and
 * columns of a matrix (from on the rows, to on the columns).
 */
public enum LayoutKind {
    NETWORK("network"),
    GEOGRAPHIC("geographic"),
    MATRIX("matrix");

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
