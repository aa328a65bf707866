package org.diplomap.io;

import java.util.concurrent.CancellationException;

/**
 * Where a long import has got to, from reading its files through storing them, and whether the person waiting
 * for it asked it to stop. Readers call it between rows, from the thread that imports.
 */
public interface ImportProgress {

    /** Reports nothing and never stops anything. */
    ImportProgress NONE = (step, done, total) -> { };

    /**
     * {@code done} units of {@code total} (bytes of a file, ties stored) of the step named; a total of 0 or less
     * means it is not known.
     */
    void update(String step, long done, long total);

    /** Throws a {@link CancellationException} when the import is to stop; nothing is stored then. */
    default void checkCancelled() {
    }
}
