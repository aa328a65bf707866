package org.diplomap.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.diplomap.io.DataRules;
import org.diplomap.io.DatasetFiles;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.DatasetValidator;
import org.diplomap.io.ImportProgress;
import org.diplomap.io.ImportSettings;
import org.diplomap.io.ReadFile;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.timeline.TimelineIndex;

/**
 * An open database and the timeline index built from it. The database is the one truth: the index is built
 * from it when it opens and rebuilt after every import; after every edit, undo or redo it is updated from the
 * change and the data kept in memory (the edit changes a few rows; reading them all back would take longer). A database that
 * was never initialised is seeded with the bundled dataset.
 */
public final class Workspace implements AutoCloseable {

    private final DatasetStore store;
    private final DatasetFiles fileReader = new DatasetFiles();
    private volatile TimelineIndex index;
    /** What is stored, kept in memory so that an edit updates the index without reading the database again. */
    private volatile Dataset data = Dataset.empty();

    /** Whether the workspace keeps the timeline index and the data in memory; one made for imports does not. */
    private final boolean indexed;

    private Workspace(DatasetStore store, boolean indexed) {
        this.store = store;
        this.indexed = indexed;
    }

    /**
     * A workspace over a store, seeding it with {@code seed} (when given) if it was never initialised, and
     * closing it if that or the index fails.
     */
    public static Workspace over(DatasetStore store, Supplier<Dataset> seed) {
        return opened(store, seed, true);
    }

    /**
     * A workspace that only imports (the command line's): it builds no timeline index and keeps no copy of the
     * data, so that the memory of a large import goes to reading and storing it, and an import that was stored
     * cannot fail afterwards for want of memory for an index nobody looks at.
     */
    public static Workspace forImport(DatasetStore store, Supplier<Dataset> seed) {
        return opened(store, seed, false);
    }

    private static Workspace opened(DatasetStore store, Supplier<Dataset> seed, boolean indexed) {
        Workspace workspace = new Workspace(store, indexed);
        try {
            if (seed != null && !store.isInitialised()) {
                store.importDataset(seed.get(), false);
            }
            if (indexed) {
                workspace.rebuildIndex();
            }
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** The case a new database is seeded with. */
    public static Dataset bundledDataset() {
        return BundledCase.AFGHANISTAN.read();
    }

    public TimelineIndex index() {
        requireIndex();
        return index;
    }

    private void requireIndex() {
        if (!indexed) {
            throw new IllegalStateException("This workspace was opened for imports only: it keeps no index.");
        }
    }

    public DatasetStore store() {
        return store;
    }

    /**
     * Reads and checks every file, then stores them all in one transaction: if any file is wrong, nothing is
     * stored and the database stays exactly as it was.
     */
    public Dataset importFiles(List<Path> files, boolean replace) throws DatasetFormatException, IOException {
        return importFiles(files, replace, ImportSettings.STRICT, ImportProgress.NONE);
    }

    /**
     * Reads files of any kind {@link DatasetFiles} understands and stores them all in one transaction, reporting
     * its progress. A stop asked through {@code progress} before the transaction commits stores nothing and ends
     * with a {@link java.util.concurrent.CancellationException}.
     */
    public Dataset importFiles(List<Path> files, boolean replace, ImportSettings settings, ImportProgress progress)
            throws DatasetFormatException {
        Dataset stored = replace ? Dataset.empty() : store.load();
        Dataset combined = Dataset.empty();
        for (Path file : files) {
            ReadFile read = fileReader.read(file, settings, progress);
            DatasetValidator.checkAgainst(stored, read.dataset(), file.toString(), read.placeOfTie());
            DatasetValidator.checkAgainst(combined, read.dataset(), file.toString(), read.placeOfTie());
            combined = concat(combined, read.dataset());
            progress.checkCancelled();
        }
        progress.update("Storing ties", 0, combined.ties().size());
        store.importDataset(combined, replace, progress);
        if (indexed) {
            progress.update("Building the timeline index", 0, 0);
            rebuildIndex();
        }
        return combined;
    }


    /**
     * Both datasets as one; a state declared by both is taken from the later, as the store would, and a view
     * of the later replaces the earlier's view of that name in its place.
     */
    private static Dataset concat(Dataset a, Dataset b) {
        Map<String, State> states = new LinkedHashMap<>();
        Stream.concat(a.states().stream(), b.states().stream()).forEach(s -> states.put(s.code(), s));
        List<Tie> ties = new ArrayList<>(a.ties());
        ties.addAll(b.ties());
        List<Event> events = new ArrayList<>(a.events());
        events.addAll(b.events());
        Map<String, SavedView> views = new LinkedHashMap<>();
        Stream.concat(a.views().stream(), b.views().stream()).forEach(v -> views.put(v.name(), v));
        return new Dataset(b.title() != null ? b.title() : a.title(), List.copyOf(states.values()), ties, events,
                List.copyOf(views.values()));
    }

    private void rebuildIndex() {
        Dataset stored = store.load();
        data = new Dataset(stored.title(), stored.states(), stored.ties(), stored.events());
        index = TimelineIndex.of(data);
    }

    /** The states, ties and events stored (without the saved views), as of the last import or edit. */
    public Dataset data() {
        requireIndex();
        return data;
    }

    /**
     * Stores an edit (one transaction, with its entry in the change log) and brings the index up to date.
     * Checked again here against what is stored, as the data may have changed since a form checked it.
     *
     * @throws StoreException when the edit breaks a rule of the data or no longer fits what is stored
     */
    public ChangeEntry apply(Change change) {
        requireIndex();
        checkOverlaps(change);
        ChangeEntry entry = store.applyChange(change);
        follow(change);
        return entry;
    }

    /** Undoes the last edit not undone; empty when there is none. */
    public Optional<ChangeEntry> undo() {
        requireIndex();
        Optional<ChangeEntry> undone = store.undo();
        undone.ifPresent(entry -> follow(entry.change().inverse()));
        return undone;
    }

    /** Applies again the first undone edit; empty when there is none. */
    public Optional<ChangeEntry> redo() {
        requireIndex();
        Optional<ChangeEntry> redone = store.redo();
        redone.ifPresent(entry -> follow(entry.change()));
        return redone;
    }

    /** The edits since the last import, oldest first, the undone ones marked. */
    public List<ChangeEntry> history() {
        return store.changeLog();
    }

    private void checkOverlaps(Change change) {
        Set<String> replaced = new HashSet<>();
        for (Change.Replacement<Tie> tie : change.ties()) {
            if (tie.before() != null) {
                replaced.add(tie.before().id());
            }
        }
        for (Change.Replacement<Tie> tie : change.ties()) {
            if (tie.after() == null) {
                continue;
            }
            for (Tie stored : data.ties()) {
                if (replaced.contains(stored.id())) {
                    continue;
                }
                try {
                    DataRules.noOverlapWithStored(tie.after(), stored);
                } catch (DataRules.Violation v) {
                    throw new StoreException("Not stored: " + DataRules.describe(tie.after()) + " " + v.getMessage());
                }
            }
        }
    }

    /**
     * Applies a stored change to the data in memory and brings the index up to date with it (an edit of ties is
     * worked into the index, not built again). The ties stay in {@link Tie#ORDER}, as the store loads them.
     */
    private void follow(Change change) {
        Map<String, State> states = new LinkedHashMap<>();
        data.states().forEach(s -> states.put(s.code(), s));
        for (Change.Replacement<State> state : change.states()) {
            if (state.before() != null) {
                states.remove(state.before().code());
            }
            if (state.after() != null) {
                states.put(state.after().code(), state.after());
            }
        }
        List<Tie> ties = new ArrayList<>(data.ties());
        for (Change.Replacement<Tie> tie : change.ties()) {
            if (tie.before() != null) {
                int at = Collections.binarySearch(ties, tie.before(), Tie.ORDER);
                if (at >= 0 && ties.get(at).equals(tie.before())) {
                    ties.remove(at);
                } else {
                    ties.remove(tie.before());
                }
            }
        }
        for (Change.Replacement<Tie> tie : change.ties()) {
            if (tie.after() != null) {
                int at = Collections.binarySearch(ties, tie.after(), Tie.ORDER);
                ties.add(at < 0 ? -at - 1 : at, tie.after());
            }
        }
        Map<String, Event> events = new LinkedHashMap<>();
        data.events().forEach(e -> events.put(eventKey(e), e));
        for (Change.Replacement<Event> event : change.events()) {
            if (event.before() != null) {
                events.remove(eventKey(event.before()));
            }
        }
        for (Change.Replacement<Event> event : change.events()) {
            if (event.after() != null) {
                events.put(eventKey(event.after()), event.after());
            }
        }
        data = new Dataset(data.title(), List.copyOf(states.values()), ties, List.copyOf(events.values()));
        index = index.updated(data, change);
    }

    private static String eventKey(Event event) {
        return event.date() + "\n" + event.title();
    }

    @Override
    public void close() {
        store.close();
    }
}
