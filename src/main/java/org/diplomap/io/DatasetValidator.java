package org.diplomap.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.diplomap.model.Dataset;
import org.diplomap.model.Tie;

/** Checks a dataset that is about to be imported against what is already stored. */
public final class DatasetValidator {

    private DatasetValidator() {
    }

    /**
     * Fails when an incoming tie overlaps a stored tie of the same from, to and type. A tie with the same
     * from, to, type and start as a stored one replaces it, so the replaced tie is not held against the others.
     */
    public static void checkAgainst(Dataset stored, Dataset incoming, String fileName) throws DatasetFormatException {
        checkAgainst(stored, incoming, fileName, i -> "ties[" + i + "]");
    }

    /** As {@link #checkAgainst(Dataset, Dataset, String)}, naming the place of an incoming tie by {@code placeOfTie}. */
    public static void checkAgainst(Dataset stored, Dataset incoming, String fileName, IntFunction<String> placeOfTie)
            throws DatasetFormatException {
        Set<String> replaced = new HashSet<>();
        for (Tie tie : incoming.ties()) {
            replaced.add(tie.id());
        }
        Map<String, List<Tie>> storedOfKind = new HashMap<>();
        for (Tie old : stored.ties()) {
            storedOfKind.computeIfAbsent(DatasetReader.kindOf(old), k -> new ArrayList<>()).add(old);
        }
        List<Tie> ties = incoming.ties();
        for (int i = 0; i < ties.size(); i++) {
            Tie tie = ties.get(i);
            for (Tie old : storedOfKind.getOrDefault(DatasetReader.kindOf(tie), List.of())) {
                if (!replaced.contains(old.id())) {
                    try {
                        DataRules.noOverlapWithStored(tie, old);
                    } catch (DataRules.Violation v) {
                        throw new DatasetFormatException(fileName, placeOfTie.apply(i), v.getMessage());
                    }
                }
            }
        }
    }
}
