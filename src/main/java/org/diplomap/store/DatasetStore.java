package org.diplomap.store;

import java.time.LocalDate;
import java.util.List;
import org.diplomap.model.Dataset;
import org.diplomap.model.Tie;

/**
 * Where datasets are kept: the one truth the timeline index is built from.
 * Every method that writes is one transaction: it stores all or nothing.
 */
public interface DatasetStore extends AutoCloseable {

    /** Whether anything was ever stored (a seed or an import); a new database is not. */
    boolean isInitialised();

    /** Everything stored: states by code, ties in {@link Tie#ORDER}, events by date. */
    Dataset load();

    /**
     * Stores a dataset that was validated against what is stored. States are merged by code (a declared name
     * wins), a tie with the same from, to, type and start as a stored one replaces it, an event with the same
     * date and title as a stored one replaces it. With {@code replace}, everything stored before is removed first.
     */
    void importDataset(Dataset dataset, boolean replace);

    /** The ties active on a day, answered by one query on the database (the plain way, without an index). */
    List<Tie> tiesActiveOn(LocalDate day);

    /** Where the data lives, for messages. */
    String location();

    @Override
    void close();
}
