package org.diplomap.ui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.DatasetWriter;
import org.diplomap.io.ImportProgress;
import org.diplomap.io.ImportSettings;
import org.diplomap.io.UnmatchedNamesException;
import org.diplomap.log.ErrorLog;
import org.diplomap.store.DatasetStore;
import org.diplomap.store.StoreException;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * The open database of the window: opens it, imports into it, and says what happened. Its work runs on the
 * worker; the index it publishes is what the timeline and the network views show.
 */
public final class ShellViewModel implements AutoCloseable {

    /** The import's progress while how far it has got is not known (as a ProgressBar shows it). */
    public static final double PROGRESS_UNKNOWN = -1;

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyObjectWrapper<DatasetStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<Workspace> openWorkspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Diplomap");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Where unexpected failures go with their stack traces; the window shows one line. */
    private final ErrorLog errorLog = ErrorLog.forUser();
    private String errorDetails = "";
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(this, "importProgress", 0);
    private final ReadOnlyObjectWrapper<UnmatchedNames> unmatched = new ReadOnlyObjectWrapper<>(this, "unmatched");
    private final Executor uiThread;
    private volatile ImportReport currentImport;
    private Workspace workspace;
    private String shownName;

    /** A model whose import progress is delivered on the calling thread (for runners that work on it). */
    public ShellViewModel(TaskRunner tasks) {
        this(tasks, Runnable::run);
    }

    /** {@code uiThread} runs what the worker reports of an import's progress where the properties may change. */
    public ShellViewModel(TaskRunner tasks, Executor uiThread) {
        this.tasks = tasks;
        this.uiThread = uiThread;
    }

    /** Opens (and on first use seeds) the database. */
    public void open(Path database) {
        openWith("Reading " + database + " and building the timeline index\u2026", database.getFileName() + ".mv.db",
                () -> H2Workspaces.open(database), failure -> false, opened -> { });
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
        openWorkspace.set(opened);
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
        importFiles(files, replace, ImportSettings.STRICT);
    }

    /**
     * Imports files of any kind understood (JSON datasets, CSV of ties, COW, Pardee), with its progress in
     * {@link #importProgressProperty()} until it ends or {@link #cancelImport()} stops it. A file naming countries
     * that match no state leaves them in {@link #unmatchedProperty()}, for the person to choose.
     */
    public void importFiles(List<Path> files, boolean replace, ImportSettings settings) {
        if (workspace == null || files.isEmpty() || importing.get()) {
            return;
        }
        Workspace target = workspace;
        ImportReport report = new ImportReport();
        currentImport = report;
        unmatched.set(null);
        importing.set(true);
        importProgress.set(PROGRESS_UNKNOWN);
        run("Importing " + files.size() + (files.size() == 1 ? " file" : " files") + " \u2026",
                () -> target.importFiles(files, replace, settings, report), imported -> {
                    importing.set(false);
                    publish("Imported " + imported.states().size() + " states, " + imported.ties().size()
                            + " ties and " + imported.events().size() + " events");
                }, failure -> {
                    importing.set(false);
                    if (failure instanceof CancellationException) {
                        status.set("Import cancelled; nothing was stored");
                        return true;
                    }
                    if (failure instanceof UnmatchedNamesException names) {
                        // Not an error message: the window asks whether to import the rest without them.
                        status.set(names.file() + ": " + names.namesWithLines().size() + " country "
                                + (names.namesWithLines().size() == 1 ? "name matches" : "names match")
                                + " no state; nothing was imported");
                        unmatched.set(new UnmatchedNames(files, replace, names.file(), names.namesWithLines()));
                        return true;
                    }
                    return false;
                });
    }

    /** Stops the import under way; nothing of it is stored. */
    public void cancelImport() {
        ImportReport report = currentImport;
        if (report != null && importing.get()) {
            report.cancelled = true;
            status.set("Cancelling the import \u2026");
        }
    }

    /** Imports again the files whose unmatched names were shown, leaving out the rows that name them. */
    public void importSkippingUnmatched() {
        UnmatchedNames pending = unmatched.get();
        if (pending != null) {
            unmatched.set(null);
            importFiles(pending.files(), pending.replace(), new ImportSettings(true));
        }
    }

    /** Leaves the file with unmatched names unimported. */
    public void dismissUnmatched() {
        unmatched.set(null);
    }

    /** Files of an import refused for names matching no state: the file and its names, each with its first line. */
    public record UnmatchedNames(List<Path> files, boolean replace, String file, List<String> names) {
        public UnmatchedNames {
            files = List.copyOf(files);
            names = List.copyOf(names);
        }
    }

    /**
     * Progress of the import on the worker, handed to the FX thread: only the latest value waits there, so a
     * fast reader does not flood it.
     */
    private final class ImportReport implements ImportProgress {
        private volatile boolean cancelled;
        private final AtomicReference<Runnable> latest = new AtomicReference<>();

        @Override
        public void update(String step, long done, long total) {
            double fraction = total > 0 ? Math.min(1, (double) done / total) : PROGRESS_UNKNOWN;
            Runnable show = () -> {
                if (importing.get() && !cancelled) {
                    importProgress.set(fraction);
                    status.set(step + (total > 0 ? " \u2026 " + Math.round(fraction * 100) + "%" : " \u2026"));
                }
            };
            if (latest.getAndSet(show) == null) {
                uiThread.execute(() -> latest.getAndSet(null).run());
            }
        }

        @Override
        public void checkCancelled() {
            if (cancelled) {
                throw new CancellationException("import cancelled");
            }
        }
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

    /** As above; {@code handled} sees a failure first and returns true when it needs no error message. */
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

    /** Whether an import runs; it can be cancelled meanwhile. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** How far the import has got, from 0 to 1, or {@link #PROGRESS_UNKNOWN}. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    /** An import refused for names that match no state, waiting for the person's choice; null otherwise. */
    public ReadOnlyObjectProperty<UnmatchedNames> unmatchedProperty() {
        return unmatched.getReadOnlyProperty();
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
        errorDetails = "";
        error.set(message);
    }

    /** Shows a message in the status line. */
    public void say(String message) {
        error.set("");
        status.set(message);
    }

    /** Reports a failure of another part of the window the same way. */
    public void reportError(Throwable failure) {
        String message = messageOf(failure);
        errorDetails = "";
        if (isUnexpected(failure) && errorLog.record(message, failure)) {
            message += " (the details are in " + errorLog.current() + ")";
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            errorDetails = message + System.lineSeparator() + System.lineSeparator() + trace;
        }
        error.set(message);
    }

    /**
     * The last error with its stack trace, for a report, when it was one the program does not explain itself (and so
     * was written to the log); empty otherwise.
     */
    public String errorDetails() {
        return errorDetails;
    }

    /** The folder of the error log. */
    public Path logFolder() {
        return errorLog.current().getParent();
    }

    /** A failure the program does not explain itself: its stack trace goes to the log. */
    private static boolean isUnexpected(Throwable failure) {
        return !(failure instanceof DatasetFormatException || failure instanceof StoreException
                || failure instanceof java.util.concurrent.CancellationException
                || failure instanceof java.nio.file.NoSuchFileException);
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
