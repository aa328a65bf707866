package org.diplomap.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplomap.io.ImportProgress;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.SavedView;
import org.diplomap.model.Tie;

/**
 * Where datasets are kept: the one truth the timeline index is built from.
 * Every method that writes is one transaction: it stores all or nothing.
 */
public interface DatasetStore extends AutoCloseable {

    /** Whether anything was ever stored (a seed or an import); a new database is not. */
    boolean isInitialised();

    /** Everything stored: states by code, ties in {@link Tie#ORDER}, events by date, views in briefing order. */
    Dataset load();

    /**
     * Stores a dataset that was validated against what is stored. States are merged by code (a declared name
     * wins), a tie with the same from, to, type and start as a stored one replaces it, an event with the same
     * date and title as a stored one replaces it, a view with the name of a stored one replaces it in its place
     * in the briefing and other views go at its end, in their order. With {@code replace}, everything stored
     * before is removed first.
     */
    void importDataset(Dataset dataset, boolean replace);

    /**
     * {@link #importDataset(Dataset, boolean)}, reporting the ties written and asking {@code progress} whether to
     * stop until the transaction commits; a stop rolls everything back.
     */
    default void importDataset(Dataset dataset, boolean replace, ImportProgress progress) {
        progress.checkCancelled();
        importDataset(dataset, replace);
    }

    /**
     * Applies an edit and appends it to the change log, in one transaction; the undone entries of the log go
     * (a new edit ends what could be redone). Every row the edit replaces must be stored as it says, and every
     * row it adds must be new; otherwise nothing changes and a {@link StoreException} says why.
     */
    ChangeEntry applyChange(Change change);

    /** Undoes the last edit not undone, in one transaction, and marks it undone; empty when there is none. */
    Optional<ChangeEntry> undo();

    /** Applies again the first undone edit, in one transaction, and clears its mark; empty when there is none. */
    Optional<ChangeEntry> redo();

    /** The change log, oldest first: the edits made since the last import, the undone ones marked. */
    List<ChangeEntry> changeLog();

    /** The saved views in briefing order. */
    List<SavedView> savedViews();

    /**
     * Stores a view: one with a new name goes at the end of the briefing, one with the name of a stored view
     * replaces it in its place. Its focus must be a stored state.
     */
    void saveView(SavedView view);

    /** Removes the view of that name, if there is one; the views after it move up. */
    void deleteView(String name);

    /**
     * Moves a view to {@code newPosition} (0 is the first) of the briefing; the others keep their order.
     *
     * @throws IllegalArgumentException when no view has that name or the position is outside the briefing
     */
    void moveView(String name, int newPosition);

    /** The ties active on a day, answered by one query on the database (the plain way, without an index). */
    List<Tie> tiesActiveOn(LocalDate day);

    /** Whether the store refuses every change (a copy of a database that another program has open). */
    default boolean isReadOnly() {
        return false;
    }

    /** Where the data lives, for messages. */
    String location();

    @Override
    void close();
}
