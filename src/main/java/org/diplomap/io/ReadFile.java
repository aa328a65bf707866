package org.diplomap.io;

import java.util.List;
import java.util.function.IntFunction;

import org.diplomap.model.Dataset;

/**
 * A file read into a dataset, and where each of its ties came from in the file ({@code ties[3]}, {@code line 12}),
 * so that a later check (against what is stored) can name the place.
 */
public record ReadFile(Dataset dataset, IntFunction<String> placeOfTie) {

    static ReadFile ofPlaces(Dataset dataset, List<String> places) {
        return new ReadFile(dataset, places::get);
    }
}
