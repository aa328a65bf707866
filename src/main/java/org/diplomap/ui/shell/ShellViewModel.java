package org.diplomap.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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
    private final ReadOnlyObjectWrapper<Workspace> openWorkspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Diplomap");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Workspace workspace;

    public ShellViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Opens (and on first use seeds) the database. */
    public void open(Path database) {
        run("Reading " + database + " and building the timeline index\u2026", () -> Workspace.open(database), opened -> {
            workspace = opened;
            openWorkspace.set(opened);
            store.set(opened.store());
            publish("Database " + opened.store().location());
        });
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
        title.set(current.title() == null ? "Diplomap" : "Diplomap \u2014 " + current.title());
        status.set(message);
    }

    /** Runs work on the worker, marking the window busy and turning failures into messages. */
    private <T> void run(String message, java.util.concurrent.Callable<T> work, Consumer<T> done) {
        busy.set(true);
        status.set(message);
        error.set("");
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(messageOf(failure));
        });
    }

    /** A failure in words for the user: the message of our own exceptions, the kind and message of others. */
    public static String messageOf(Throwable failure) {
        if (failure instanceof DatasetFormatException || failure instanceof StoreException) {
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

    /** The open database with its index, for the parts of the window that edit it (on the worker). */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return openWorkspace.getReadOnlyProperty();
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
