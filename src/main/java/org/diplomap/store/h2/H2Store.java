package org.diplomap.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplomap.io.ImportProgress;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.SavedView;
import org.diplomap.model.Tie;
import org.diplomap.store.ChangeEntry;
import org.diplomap.store.DatabaseFile;
import org.diplomap.store.DatasetStore;
import org.diplomap.store.StoreException;
import org.diplomap.store.StoreLockedException;
import org.h2.mvstore.MVStoreException;

/**
 * The dataset store in an embedded H2 file database, reached through one JDBC connection.
 * The methods are synchronized so that the store may be shared by background threads.
 */
public final class H2Store implements DatasetStore {

    /** H2's error codes that the store explains to people. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int FOREIGN_KEY_PARENT_MISSING = 23506;


    /** Replaced by a connection to the new file when an import swaps it in. */
    private Connection connection;
    /** The database's path without its suffix; null for a read-only copy, which is never written. */
    private final Path base;
    private final String location;
    /** Why the store refuses writes, or null when it may write. */
    private final String readOnlyReason;
    /** The folder of a read-only copy, deleted on close; null for the database itself. */
    private final Path copyFolder;
    private ChangeLog changeLog;
    private boolean closed;

    private H2Store(Connection connection, Path base, String location, String readOnlyReason, Path copyFolder) {
        this.connection = connection;
        this.base = base;
        this.location = location;
        this.readOnlyReason = readOnlyReason;
        this.copyFolder = copyFolder;
        this.changeLog = new ChangeLog(connection);
    }

    /**
     * Opens the database at {@code database}, the file's path without its {@code .mv.db} suffix, creating it
     * (and its directories) when missing and bringing its schema up to date. Before a database of an older
     * schema is upgraded, a copy of it is written beside it ({@link #backupOf}).
     *
     * @throws StoreLockedException when another program has the database open
     * @throws StoreException when the file is not a Diplomap database, was written by a newer Diplomap,
     *                        cannot be upgraded, or cannot be opened
     */
    public static H2Store open(Path database) {
        Path base = usableBase(database);
        String location = base + ".mv.db";
        Connection connection = connect(base.toString(), location);
        try {
            int version = SchemaMigrator.currentVersion(connection, location);
            if (version > 0 && version < SchemaMigrator.KNOWN_VERSION) {
                connection.close();
                upgradeWithBackup(base, location, version);
                connection = connect(base.toString(), location);
            }
            SchemaMigrator.migrate(connection, location);
            // An import killed before its swap leaves its new file behind; holding the database, no import is running.
            deleteDatabaseFiles(importingBeside(base));
            return new H2Store(connection, base, location, null, null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("Cannot prepare the database " + location + ": " + firstLine(e), e);
        }
    }

    /**
     * Opens a copy of the database taken now, read-only, for when another program has it open: H2 keeps the
     * file locked while it is open, even against readers, but the lock does not stop a copy on Linux and macOS.
     * The copy lives in a temporary folder that closing the store deletes.
     */
    public static H2Store openReadOnlyCopy(Path database) {
        Path base = usableBase(database);
        String location = base + ".mv.db";
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("The database " + location + " does not exist.");
        }
        Path folder;
        Path copy;
        try {
            folder = Files.createTempDirectory("diplomap-read-only");
            copy = folder.resolve("copy");
            Files.copy(file, Path.of(copy + ".mv.db"));
        } catch (IOException e) {
            throw new StoreException("Cannot take a copy of the database " + location + ": " + e.getMessage(), e);
        }
        String taken = java.time.LocalTime.now().withNano(0).toString();
        try {
            // The copy may be of an older schema: upgrade it (not the original) before reading it.
            Connection upgrading = connect(copy.toString(), location);
            try {
                SchemaMigrator.migrate(upgrading, location);
            } finally {
                closeQuietly(upgrading);
            }
            Connection connection = connect(copy + ";ACCESS_MODE_DATA=r", location);
            return new H2Store(connection, null, location, "The database " + location + " is open read-only (a copy "
                    + "taken at " + taken + " while another program had it open): nothing can be changed. Open it "
                    + "again once it is free to make changes.", folder);
        } catch (SQLException | RuntimeException e) {
            deleteFolder(folder);
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("Cannot read a copy of the database " + location + ": " + firstLine(e), e);
        }
    }

    /**
     * Opens the database as {@link #open} does, trying again every {@code retry} while another program has it
     * open, until it is free or {@code stop} says to give up.
     *
     * @throws CancellationException when {@code stop} said to give up, or the thread was interrupted
     */
    public static H2Store openWhenFree(Path database, BooleanSupplier stop, Duration retry) {
        while (true) {
            try {
                return open(database);
            } catch (StoreLockedException e) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("Stopped waiting for " + e.location() + ".");
                }
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("Stopped waiting for " + e.location() + ".");
                }
            }
        }
    }

    /** Where the copy of a database of schema {@code version} is kept before it is upgraded. */
    public static Path backupOf(Path database, int version) {
        Path base = database.toAbsolutePath().normalize();
        Path backup = Path.of(base + ".v" + version + ".backup.mv.db");
        // Never overwrite an earlier backup: it may be the only copy of what it holds.
        for (int n = 2; Files.exists(backup); n++) {
            backup = Path.of(base + ".v" + version + ".backup-" + n + ".mv.db");
        }
        return backup;
    }

    /**
     * Copies the database beside itself as its backup, upgrades another copy and renames that over the database
     * once it is complete: a failure or a crash at any moment leaves the database as it was, or upgraded.
     */
    private static void upgradeWithBackup(Path base, String location, int version) {
        Path file = Path.of(location);
        Path backup = backupOf(base, version);
        Path upgrading = Path.of(base + ".upgrading");
        Path upgradingFile = Path.of(upgrading + DatabaseFile.SUFFIX);
        try {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(file, upgradingFile, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteDatabaseFiles(upgrading);
            throw new StoreException("The database " + location + " is of schema " + version + " and needs an "
                    + "upgrade to schema " + SchemaMigrator.KNOWN_VERSION + ", but no copy of it could be written "
                    + "first (" + e.getMessage() + "); it was not changed.", e);
        }
        Connection connection = connect(upgrading.toString(), location);
        try {
            SchemaMigrator.migrate(connection, location);
            connection.close();
            Files.move(upgradingFile, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            deleteDatabaseFiles(upgrading);
            String reason = e instanceof StoreException ? e.getMessage() : firstLine(e);
            throw new StoreException("Cannot upgrade the database " + location + " from schema " + version + " to "
                    + SchemaMigrator.KNOWN_VERSION + " (" + reason + "). It was left as it was; a copy made before "
                    + "the upgrade is in " + backup + ".", e);
        }
    }

    /**
     * The absolute path of a database, its folder created; refused when H2 would misread it. A path naming
     * the file itself ({@code NAME.mv.db}) means the database {@code NAME}, as H2 would otherwise add its
     * suffix a second time.
     */
    static Path usableBase(Path database) {
        Path base = DatabaseFile.base(database);
        String location = base + ".mv.db";
        if (base.toString().contains(";")) {
            // H2 reads settings after a semicolon in its URL: such a path would not name the file meant.
            throw new StoreException("The database path " + location + " contains ';', which H2 cannot open. "
                    + "Choose another path.");
        }
        try {
            if (base.getParent() != null) {
                Files.createDirectories(base.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + location + ": " + e, e);
        }
        return base;
    }

    private static Connection connect(String baseAndSettings, String location) {
        try {
            // WRITE_DELAY=0: H2 writes each commit to the file at once instead of within half a second, so an
            // edit the window reported as stored survives the program being killed right after.
            // TRACE_LEVEL_FILE=0: no .trace.db beside the database; the program reports failures itself.
            return DriverManager.getConnection(
                    "jdbc:h2:file:" + baseAndSettings + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "sa", "");
        } catch (SQLException e) {
            throw openFailure(location, e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless; the system clears it.
        }
    }

    private static StoreException openFailure(String location, SQLException e) {
        if (hasErrorCode(e, DATABASE_ALREADY_OPEN)) {
            return new StoreLockedException(location, "The database " + location + " is in use by another program "
                    + "(is Diplomap already running?). Close it and try again.", e);
        }
        if (hasErrorCode(e, FILE_CORRUPTED) || hasErrorCode(e, FILE_VERSION_ERROR) || storageFailed(e)) {
            return new StoreException("The file " + location + " is not a Diplomap database, or it is damaged ("
                    + firstLine(e) + ").", e);
        }
        return new StoreException("Cannot open the database " + location + ": " + firstLine(e), e);
    }

    private static boolean hasErrorCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getErrorCode() == code) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** H2's storage layer could not make sense of the file (it reports a plain I/O error for that). */
    private static boolean storageFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException) {
                return true;
            }
        }
        return false;
    }

    /** H2 appends the statement and its own details after the reason; people need only the reason. */
    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("; SQL statement:");
        if (cut < 0) {
            cut = message.indexOf('\n');
        }
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    @Override
    public synchronized boolean isInitialised() {
        ensureOpen();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT initialised FROM store_info WHERE id = 1")) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized Dataset load() {
        ensureOpen();
        try {
            DatasetQueries read = new DatasetQueries(connection, location);
            return new Dataset(read.readTitle(), read.readStates(), read.readTies(null), read.readEvents(),
                    read.readViews());
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized List<Tie> tiesActiveOn(LocalDate day) {
        ensureOpen();
        try {
            return new DatasetQueries(connection, location).readTies(day);
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database " + location + ": " + firstLine(e), e);
        } finally {
            if (copyFolder != null) {
                deleteFolder(copyFolder);
            }
        }
    }

    @Override
    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The database " + location + " is closed.");
        }
    }

    private void ensureWritable() {
        ensureOpen();
        if (readOnlyReason != null) {
            throw new StoreException(readOnlyReason);
        }
    }

    private StoreException readFailure(SQLException e) {
        return new StoreException("Cannot read the database " + location + ": " + firstLine(e), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The failure that led here is the one worth reporting.
        }
    }

    // ---- writing

    /**
     * {@inheritDoc}
     *
     * <p>A state declared again replaces the stored one wholly (name, start and end). Every code that a tie or
     * an event names must be a state of the dataset or one already stored; otherwise nothing is stored and a
     * {@link StoreException} says so. The title of the dataset, when it has one, becomes the stored title.
     */
    @Override
    public synchronized void importDataset(Dataset dataset, boolean replace) {
        importDataset(dataset, replace, ImportProgress.NONE);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The new content is written into a new database file beside this one, which replaces it by an atomic
     * rename once it is complete and closed: a program killed at any moment leaves the old database or the
     * whole new one, never one that depends on H2 rolling back a large transaction. An import that merges
     * copies what is stored into the new file first.
     */
    @Override
    public synchronized void importDataset(Dataset dataset, boolean replace, ImportProgress progress) {
        ensureWritable();
        Path fresh = importingBeside(base);
        deleteDatabaseFiles(fresh);
        Dataset kept = replace ? null : load();
        boolean keptInitialised = !replace && isInitialised();
        Connection target = null;
        try {
            // A small cache: the database being replaced has its own, and the import needs the memory.
            target = connect(fresh + ";CACHE_SIZE=8192", location);
            SchemaMigrator.migrate(target, location);
            target.setAutoCommit(false);
            DatasetRows rows = new DatasetRows(target, true);
            if (kept != null) {
                writeAll(rows, kept, ImportProgress.NONE);
                if (keptInitialised) {
                    rows.markInitialised(kept.title(), true);
                }
            }
            writeAll(rows, dataset, progress);
            rows.markInitialised(dataset.title(), replace);
            // The last moment a stop can still leave the database as it was.
            progress.checkCancelled();
            target.commit();
            try (Statement statement = target.createStatement()) {
                // Rewrites the file without the room its one large transaction took: several times the data.
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException | RuntimeException e) {
            if (target != null) {
                closeQuietly(target);
            }
            deleteDatabaseFiles(fresh);
            throw importFailure(e);
        } finally {
            if (target != null) {
                closeQuietly(target);
            }
        }
        swapIn(fresh);
    }

    private static void writeAll(DatasetRows rows, Dataset dataset, ImportProgress progress) throws SQLException {
        rows.mergeStates(dataset.states());
        rows.mergeTies(dataset.ties(), progress);
        rows.replaceEvents(dataset.events());
        for (SavedView view : dataset.views()) {
            rows.writeView(view);
        }
    }

    private RuntimeException importFailure(Exception e) {
        if (e instanceof SQLException && hasErrorCode(e, FOREIGN_KEY_PARENT_MISSING)) {
            return new StoreException("Nothing was imported into " + location + ": a tie, event or view names a "
                    + "state that is neither in the dataset nor stored (" + firstLine(e) + ").", e);
        }
        // A stop asked for is no failure of the store: nothing was changed, as asked.
        if (e instanceof StoreException || e instanceof CancellationException) {
            return (RuntimeException) e;
        }
        return new StoreException("Nothing was imported into " + location + ": "
                + (e instanceof SQLException ? firstLine(e) : e.toString()), e);
    }

    /** Closes this database, renames the complete new file over it and opens that. */
    private void swapIn(Path fresh) {
        try {
            connection.close();
        } catch (SQLException e) {
            deleteDatabaseFiles(fresh);
            throw new StoreException("Nothing was imported into " + location + ": " + firstLine(e), e);
        }
        Path file = Path.of(location);
        try {
            Files.move(Path.of(fresh + ".mv.db"), file, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteDatabaseFiles(fresh);
            reconnect();
            throw new StoreException("Nothing was imported into " + location + ": the new file could not take the "
                    + "place of the old (" + e.getMessage() + ").", e);
        }
        reconnect();
    }

    private void reconnect() {
        try {
            connection = connect(base.toString(), location);
            changeLog = new ChangeLog(connection);
        } catch (StoreException e) {
            closed = true;
            throw e;
        }
    }

    /** Where an import writes its new database before it takes this one's place. */
    private static Path importingBeside(Path base) {
        return Path.of(base + ".importing");
    }

    /** Deletes the files H2 keeps for a database; what cannot be deleted now goes with the next import. */
    private static void deleteDatabaseFiles(Path base) {
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
            try {
                Files.deleteIfExists(Path.of(base + suffix));
            } catch (IOException ignored) {
                // Left for the next import or open to delete; it is never read.
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} as one transaction: all of it is stored, or nothing. */
    private void inTransaction(Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    // ---- edits

    @Override
    public synchronized ChangeEntry applyChange(Change change) {
        Objects.requireNonNull(change, "change");
        return edit("Cannot " + lowerFirst(change.description()), () -> {
            changeLog.write(change);
            return changeLog.append(change);
        });
    }

    @Override
    public synchronized Optional<ChangeEntry> undo() {
        return edit("Cannot undo", () -> {
            Optional<ChangeEntry> last = changeLog.lastDone();
            if (last.isPresent()) {
                changeLog.write(last.get().change().inverse());
                return Optional.of(changeLog.markUndone(last.get()));
            }
            return last;
        });
    }

    @Override
    public synchronized Optional<ChangeEntry> redo() {
        return edit("Cannot redo", () -> {
            Optional<ChangeEntry> next = changeLog.firstUndone();
            if (next.isPresent()) {
                changeLog.write(next.get().change());
                return Optional.of(changeLog.markDone(next.get()));
            }
            return next;
        });
    }

    @Override
    public synchronized List<ChangeEntry> changeLog() {
        ensureOpen();
        try {
            return changeLog.all();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @FunctionalInterface
    private interface EditWork<T> {
        T run() throws SQLException;
    }

    /** Runs an edit as one transaction, turning its failures into one message that begins with {@code failure}. */
    private <T> T edit(String failure, EditWork<T> work) {
        ensureWritable();
        List<T> result = new ArrayList<>(1);
        try {
            inTransaction(() -> result.add(work.run()));
            return result.get(0);
        } catch (SQLException e) {
            throw new StoreException(failure + " in " + location + ": " + firstLine(e), e);
        } catch (StoreException e) {
            throw new StoreException(failure + ": " + e.getMessage(), e);
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    // ---- saved views

    @Override
    public synchronized List<SavedView> savedViews() {
        ensureOpen();
        try {
            return new DatasetQueries(connection, location).readViews();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized void saveView(SavedView view) {
        Objects.requireNonNull(view, "view");
        changeViews("Cannot save the view '" + view.name() + "'", () -> new DatasetRows(connection).writeView(view));
    }

    @Override
    public synchronized void deleteView(String name) {
        changeViews("Cannot delete the view '" + name + "'", () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM saved_views WHERE name = ?")) {
                delete.setString(1, name);
                if (delete.executeUpdate() > 0) {
                    new DatasetRows(connection).renumberViews(new DatasetRows(connection).readViewNames());
                }
            }
        });
    }

    @Override
    public synchronized void moveView(String name, int newPosition) {
        changeViews("Cannot move the view '" + name + "'", () -> {
            DatasetRows rows = new DatasetRows(connection);
            List<String> names = rows.readViewNames();
            if (!names.remove(name)) {
                throw new IllegalArgumentException("No saved view is named '" + name + "'.");
            }
            if (newPosition < 0 || newPosition > names.size()) {
                throw new IllegalArgumentException("Position " + newPosition + " is outside the briefing, which "
                        + "runs from 0 to " + names.size() + ".");
            }
            names.add(newPosition, name);
            rows.renumberViews(names);
        });
    }

    private void changeViews(String failure, Work work) {
        ensureWritable();
        try {
            inTransaction(work);
        } catch (SQLException e) {
            if (hasErrorCode(e, FOREIGN_KEY_PARENT_MISSING)) {
                throw new StoreException(failure + " in " + location + ": its focus is not a stored state ("
                        + firstLine(e) + ").", e);
            }
            throw new StoreException(failure + " in " + location + ": " + firstLine(e), e);
        }
    }




}
