package org.diplomap.store;

import java.time.Instant;
import java.util.Objects;
import org.diplomap.model.Change;

/**
 * An edit in the change log: its place in the order of edits, when it was made, the edit, and whether it is
 * undone (and when).
 */
public record ChangeEntry(long id, Instant madeAt, Change change, boolean undone, Instant undoneAt) {

    public ChangeEntry {
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(change, "change");
    }

    public String description() {
        return change.description();
    }
}
