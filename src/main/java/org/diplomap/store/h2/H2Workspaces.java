package org.diplomap.store.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.diplomap.model.Dataset;
import org.diplomap.store.BundledCase;
import org.diplomap.store.DatabaseFile;
import org.diplomap.store.StoreException;
import org.diplomap.store.Workspace;

/** Workspaces over H2 database files: the one place that chooses H2 as the store of a workspace. */
public final class H2Workspaces {

    private static final Duration RETRY_WHILE_LOCKED = Duration.ofMillis(500);

    private H2Workspaces() {
    }

    /** Opens a database, seeding it with the bundled dataset if it was never initialised. */
    public static Workspace open(Path database) {
        return Workspace.over(H2Store.open(database), Workspace::bundledDataset);
    }

    /** Opens a database, seeding it with {@code bundled} if it was never initialised. */
    public static Workspace open(Path database, BundledCase bundled) {
        return Workspace.over(H2Store.open(database), bundled::read);
    }

    /**
     * Creates a new, empty database; it counts as initialised, so it is never seeded with the bundled case.
     *
     * @throws StoreException when a database is already there
     */
    public static Workspace create(Path database) {
        Path file = DatabaseFile.dataFile(database);
        if (Files.exists(file)) {
            throw new StoreException("The database " + file + " already exists: choose another name, or open it.");
        }
        return Workspace.over(H2Store.open(database), Dataset::empty);
    }

    /** Opens a database as it is, without seeding it (for an import that replaces everything). */
    public static Workspace openUnseeded(Path database) {
        return Workspace.over(H2Store.open(database), null);
    }

    /**
     * Opens a database for imports alone ({@link Workspace#forImport}): seeded like {@link #open(Path)} unless
     * the import replaces everything.
     */
    public static Workspace openToImport(Path database, boolean replace) {
        return Workspace.forImport(H2Store.open(database), replace ? null : Workspace::bundledDataset);
    }

    /**
     * Opens a copy of a database that another program has open, taken now; it refuses every change.
     *
     * @see H2Store#openReadOnlyCopy
     */
    public static Workspace openReadOnlyCopy(Path database) {
        return Workspace.over(H2Store.openReadOnlyCopy(database), null);
    }

    /**
     * Opens a database (seeding it like {@link #open(Path)}) once the program that has it open lets it go,
     * trying again every half second until then, or until {@code stop} says to give up.
     *
     * @throws java.util.concurrent.CancellationException when it gave up
     */
    public static Workspace openWhenFree(Path database, BooleanSupplier stop) {
        return Workspace.over(H2Store.openWhenFree(database, stop, RETRY_WHILE_LOCKED), Workspace::bundledDataset);
    }
}
