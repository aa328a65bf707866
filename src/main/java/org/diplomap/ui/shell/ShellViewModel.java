package org.diplomap.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.DatasetWriter;
import org.diplomap.store.DatasetStore;
import org.diplomap.store.StoreException;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * The open database of the window: opens it, imports into it, and says what happened. Its work runs on the
 * worker; the index it publishes is what the timeline and the network views show.
 */
public final class ShellViewModel implements AutoCloseable {

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyObjectWrapper<DatasetStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Diplomap");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", false);
    private Workspace workspace;
    private String shownName;

    public ShellViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Opens (and on first use seeds) the database. */
    public void open(Path database) {
        openWith("Reading " + database + " and building the timeline index\u2026", database.getFileName() + ".mv.db",
                () -> Workspace.open(database), failure -> false, opened -> { });
    }

    /**
     * Opens a workspace on the worker and shows it in place of the open one, which is closed; on failure the
     * open one stays. {@code handled} may take a failure on itself (true) instead of reporting it.
     *
     * @param name what the window title names as open: a file name, or a bundled case's title
     */
    public void openWith(String message, String name, Callable<Workspace> opening, Predicate<Throwable> handled,
                         Consumer<Workspace> onOpened) {
        run(message, opening, opened -> {
            show(opened, name);
            onOpened.accept(opened);
        }, handled);
    }

    /** Shows a workspace opened elsewhere in place of the open one, which is closed on the worker. */
    public void show(Workspace opened, String name) {
        Workspace previous = workspace;
        workspace = opened;
        shownName = name;
        readOnly.set(opened.store().isReadOnly());
        store.set(opened.store());
        publish(opened.store().isReadOnly()
                ? "Read-only copy of " + opened.store().location() + ": changes cannot be saved"
                : "Database " + opened.store().location());
        if (previous != null && previous != opened) {
            tasks.run(() -> {
                previous.close();
                return null;
            }, closed -> { }, this::reportError);
        }
    }

    /** Imports dataset files; on any error nothing is stored and the error says where and why. */
    public void importFiles(List<Path> files, boolean replace) {
        if (workspace == null || files.isEmpty()) {
            return;
        }
        Workspace target = workspace;
        run("Importing " + files.size() + (files.size() == 1 ? " file" : " files") + " \u2026",
                () -> target.importFiles(files, replace), imported -> publish("Imported "
                        + imported.states().size() + " states, " + imported.ties().size() + " ties and "
                        + imported.events().size() + " events"));
    }

    /** Writes everything stored (states, ties, events, saved views) as a dataset file that imports again. */
    public void saveCopy(Path file) {
        if (workspace == null) {
            return;
        }
        Workspace source = workspace;
        run("Writing " + file + " \u2026", () -> {
            new DatasetWriter().write(source.store().load(), file);
            return file;
        }, written -> status.set("Saved a copy as " + written));
    }

    private void publish(String message) {
        TimelineIndex current = workspace.index();
        index.set(current);
        StringBuilder text = new StringBuilder("Diplomap");
        if (current.title() != null) {
            text.append(" \u2014 ").append(current.title());
        }
        if (shownName != null && !shownName.equals(current.title())) {
            text.append(" \u2014 ").append(shownName);
        }
        if (readOnly.get()) {
            text.append(" (read-only)");
        }
        title.set(text.toString());
        status.set(message);
    }

    /** Runs work on the worker, marking the window busy and turning failures into messages. */
    private <T> void run(String message, Callable<T> work, Consumer<T> done) {
        run(message, work, done, failure -> false);
    }

    private <T> void run(String message, Callable<T> work, Consumer<T> done, Predicate<Throwable> handled) {
        busy.set(true);
        status.set(message);
        error.set("");
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            status.set("");
            if (!handled.test(failure)) {
                error.set(messageOf(failure));
            }
        });
    }

    /** A failure in words for the user: the message of our own exceptions, the kind and message of others. */
    public static String messageOf(Throwable failure) {
        if (failure instanceof DatasetFormatException || failure instanceof StoreException
                || failure instanceof java.util.concurrent.CancellationException) {
            return failure.getMessage();
        }
        if (failure instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    public ReadOnlyObjectProperty<TimelineIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The open database, for the parts of the window that write to it (on the worker). */
    public ReadOnlyObjectProperty<DatasetStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure in words; empty when the last action succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether what is open is a read-only copy of a database that another program has open. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Reports a problem already put in words for the user. */
    public void reportError(String message) {
        error.set(message);
    }

    /** Shows a message in the status line. */
    public void say(String message) {
        error.set("");
        status.set(message);
    }

    /** Reports a failure of another part of the window the same way. */
    public void reportError(Throwable failure) {
        error.set(messageOf(failure));
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** The date to open at when none is asked for: the last event of the data. */
    public static LocalDate defaultDate(TimelineIndex index) {
        return index.lastDay().orElse(LocalDate.now());
    }
}
