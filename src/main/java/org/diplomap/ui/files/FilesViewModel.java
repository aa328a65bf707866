package org.diplomap.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.diplomap.store.BundledCase;
import org.diplomap.store.DatasetFolder;
import org.diplomap.store.StoreLockedException;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.ui.shell.ShellViewModel;
import org.diplomap.ui.task.TaskRunner;

/**
 * What the window has open, and opening something else: a new database, a database or a dataset file, a
 * recent file, a bundled case, a file dropped on the window. Everything opens on the worker; a failure leaves
 * what was open. A database that another program has open is not an error: {@link #lockedProperty()} asks
 * the user to read a copy of it or to wait until it is free.
 */
public final class FilesViewModel {

    /** A file of the recent list, and whether it is still there. */
    public record RecentFile(Path path, boolean present) {
    }

    private final ShellViewModel shell;
    private final TaskRunner waitTasks;
    private final RecentFiles recent;
    private final DatasetFolder folder;
    private final ReadOnlyObjectWrapper<Path> locked = new ReadOnlyObjectWrapper<>(this, "locked");
    private final ReadOnlyObjectWrapper<Path> waitingFor = new ReadOnlyObjectWrapper<>(this, "waitingFor");
    private final ReadOnlyBooleanWrapper recentChanged = new ReadOnlyBooleanWrapper(this, "recentChanged");
    private AtomicBoolean stopWaiting = new AtomicBoolean();

    /**
     * @param waitTasks where waiting for a database to be free runs, apart from the worker, so that the open
     *                  dataset stays usable meanwhile
     */
    public FilesViewModel(ShellViewModel shell, TaskRunner waitTasks, RecentFiles recent, DatasetFolder folder) {
        this.shell = shell;
        this.waitTasks = waitTasks;
        this.recent = recent;
        this.folder = folder;
    }

    /** Opens the database the program was started on, creating and seeding it on first use as ever. */
    public void openAtStart(Path database) {
        openDatabase(database, false);
    }

    /** Creates a new, empty database at {@code file} (with or without its {@code .mv.db}) and shows it. */
    public void newDatabase(Path file) {
        Path database = FileKind.databaseOf(file);
        shell.openWith("Creating " + database + ".mv.db\u2026", database.getFileName() + ".mv.db",
                () -> H2Workspaces.create(database), failure -> false, opened -> remember(databaseFile(database)));
    }

    /** Opens a Diplomap database or a dataset file, told apart by name or content. */
    public void open(Path file) {
        if (!Files.isRegularFile(file)) {
            shell.reportError(new java.nio.file.NoSuchFileException(file.toString()));
            return;
        }
        switch (FileKind.of(file)) {
            case DATABASE -> {
                if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mv.db")) {
                    shell.reportError(file + " is an H2 database, but H2 opens only files named *.mv.db: "
                            + "rename it to end in .mv.db, then open it.");
                    return;
                }
                openDatabase(FileKind.databaseOf(file), true);
            }
            case DATASET -> openDataset(file);
            case OTHER -> shell.reportError(file + " is neither a Diplomap database (*.mv.db) nor a dataset "
                    + "file (*.json); nothing was opened.");
        }
    }

    /** Opens what was dropped on the window: one file, a database or a dataset file. */
    public void drop(List<Path> files) {
        if (files.size() != 1) {
            shell.reportError("Drop one file at a time: a Diplomap database (*.mv.db) or a dataset file "
                    + "(*.json). " + files.size() + " files were dropped; nothing was opened.");
            return;
        }
        open(files.get(0));
    }

    /** Opens the database of a bundled case, seeded from it on first use. */
    public void openCase(BundledCase bundled) {
        shell.openWith("Opening the bundled case \u2018" + bundled.title() + "\u2019\u2026", bundled.title(),
                () -> folder.openCase(bundled), this::askWhenLocked, opened -> { });
    }

    private void openDataset(Path file) {
        Path database = folder.databaseOf(file);
        shell.openWith("Opening " + file + " (kept in " + database + ".mv.db)\u2026", file.getFileName().toString(),
                () -> folder.openFile(file), this::askWhenLocked, opened -> remember(file));
    }

    private void openDatabase(Path database, boolean mustExist) {
        if (mustExist && !Files.isRegularFile(databaseFile(database))) {
            shell.reportError(new java.nio.file.NoSuchFileException(databaseFile(database).toString()));
            return;
        }
        shell.openWith("Reading " + databaseFile(database) + " and building the timeline index\u2026",
                databaseFile(database).getFileName().toString(), () -> H2Workspaces.open(database), this::askWhenLocked,
                opened -> remember(databaseFile(database)));
    }

    private boolean askWhenLocked(Throwable failure) {
        if (failure instanceof StoreLockedException lockedFailure) {
            locked.set(FileKind.databaseOf(Path.of(lockedFailure.location())));
            return true;
        }
        return false;
    }

    /**
     * The database that another program has open, while the user is asked what to do; null otherwise. Answer
     * with {@link #openReadOnlyCopy()}, {@link #waitUntilFree()} or {@link #dismissLocked()}.
     */
    public ReadOnlyObjectProperty<Path> lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Opens a copy of the locked database taken now, read-only. */
    public void openReadOnlyCopy() {
        Path database = takeLocked();
        if (database == null) {
            return;
        }
        shell.openWith("Reading a copy of " + databaseFile(database) + "\u2026",
                databaseFile(database).getFileName().toString(), () -> H2Workspaces.openReadOnlyCopy(database),
                failure -> false, opened -> { });
    }

    /** Waits until the locked database is free, then opens it; what is open stays usable meanwhile. */
    public void waitUntilFree() {
        Path database = takeLocked();
        if (database == null) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        stopWaiting = stop;
        waitingFor.set(database);
        shell.say("Waiting until " + databaseFile(database) + " is free\u2026");
        waitTasks.run(() -> H2Workspaces.openWhenFree(database, stop::get), opened -> {
            waitingFor.set(null);
            shell.show(opened, databaseFile(database).getFileName().toString());
            remember(databaseFile(database));
        }, failure -> {
            waitingFor.set(null);
            if (failure instanceof CancellationException) {
                shell.say("Stopped waiting for " + databaseFile(database) + ".");
            } else {
                shell.reportError(failure);
            }
        });
    }

    /** The database being waited for, or null. */
    public ReadOnlyObjectProperty<Path> waitingForProperty() {
        return waitingFor.getReadOnlyProperty();
    }

    /** Stops waiting; what is open stays open. */
    public void cancelWaiting() {
        stopWaiting.set(true);
    }

    /** Leaves the locked database alone; what is open stays open. */
    public void dismissLocked() {
        Path database = takeLocked();
        if (database != null) {
            shell.say(databaseFile(database) + " is in use by another program; it was not opened.");
        }
    }

    /** Leaves the locked database alone and says so as an error, where nobody can be asked. */
    public void refuseLocked() {
        Path database = takeLocked();
        if (database != null) {
            shell.reportError("The database " + databaseFile(database) + " is in use by another program (is Diplomap "
                    + "already running?); it was not opened.");
        }
    }

    private Path takeLocked() {
        Path database = locked.get();
        locked.set(null);
        return database;
    }

    /** The recent files, newest first, each with whether it is still there. */
    public List<RecentFile> recentFiles() {
        return recent.list().stream().map(path -> new RecentFile(path, Files.isRegularFile(path))).toList();
    }

    /** Flips whenever the recent list changes, for a menu to rebuild itself. */
    public ReadOnlyBooleanProperty recentChangedProperty() {
        return recentChanged.getReadOnlyProperty();
    }

    public void clearRecent() {
        recent.clear();
        recentChanged.set(!recentChanged.get());
    }

    private void remember(Path file) {
        recent.add(file);
        recentChanged.set(!recentChanged.get());
    }

    /** Every bundled case, in the order the menu lists them. */
    public List<BundledCase> bundledCases() {
        return BundledCase.all();
    }

    private static Path databaseFile(Path database) {
        return Path.of(database + ".mv.db");
    }
}
