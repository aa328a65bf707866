package org.diplomap.io;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A file that names countries this program cannot match to a state code. The message lists every such name with
 * the first line it appears on; the file can be read again without them ({@link ImportSettings#skipUnmatched()}).
 */
public final class UnmatchedNamesException extends DatasetFormatException {

    private final Map<String, Integer> firstLines;

    /** {@code firstLines}: each unmatched name with the first line it appears on, in the order met. */
    public UnmatchedNamesException(String file, Map<String, Integer> firstLines) {
        super(file, "country names", describe(firstLines));
        this.firstLines = Map.copyOf(firstLines);
    }

    private static final int NAMED = 20;

    /** The unmatched names, each with the first line it appears on, sorted by line. */
    public List<String> namesWithLines() {
        return firstLines.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> Texts.quoted(e.getKey()) + " (line " + e.getValue() + ")").toList();
    }

    private static String describe(Map<String, Integer> firstLines) {
        // The message stays one readable line; the window lists every name.
        String names = firstLines.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(NAMED)
                .map(e -> Texts.quoted(e.getKey()) + " (line " + e.getValue() + ")").collect(Collectors.joining(", "));
        int count = firstLines.size();
        return count + (count == 1 ? " name matches" : " names match") + " no state: " + names
                + (count > NAMED ? " and " + (count - NAMED) + " more" : "");
    }
}
