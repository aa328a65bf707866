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
import java.sql.Types;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplomap.io.ImportProgress;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.ChangeEntry;
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

    /** Rows sent to H2 at once on import: large enough to be fast, small enough to bound memory. */
    private static final int BATCH_SIZE = 5_000;

    private static final Comparator<Event> EVENT_ORDER =
            Comparator.comparing(Event::date).thenComparing(Event::title);

    private static final String TIE_COLUMNS = "from_code, to_code, tie_type, start_text, end_text, "
            + "description, source, confidence";

    private final Connection connection;
    private final String location;
    /** Why the store refuses writes, or null when it may write. */
    private final String readOnlyReason;
    /** The folder of a read-only copy, deleted on close; null for the database itself. */
    private final Path copyFolder;
    private final ChangeLog changeLog;
    private boolean closed;

    private H2Store(Connection connection, String location, String readOnlyReason, Path copyFolder) {
        this.connection = connection;
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
            return new H2Store(connection, location, null, null);
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
            return new H2Store(connection, location, "The database " + location + " is open read-only (a copy "
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
     * Copies the database beside itself, then runs the scripts it lacks. If they fail, the copy is put back,
     * so that the database is as it was; the message says where the copy is.
     */
    private static void upgradeWithBackup(Path base, String location, int version) {
        Path file = Path.of(location);
        Path backup = backupOf(base, version);
        try {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new StoreException("The database " + location + " is of schema " + version + " and needs an "
                    + "upgrade to schema " + SchemaMigrator.KNOWN_VERSION + ", but no copy of it could be written "
                    + "first (" + e.getMessage() + "); it was not changed.", e);
        }
        Connection connection = connect(base.toString(), location);
        try {
            SchemaMigrator.migrate(connection, location);
            connection.close();
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            String reason = e instanceof StoreException ? e.getMessage() : firstLine(e);
            try {
                Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException restore) {
                throw new StoreException("Cannot upgrade the database " + location + " from schema " + version
                        + " to " + SchemaMigrator.KNOWN_VERSION + " (" + reason + "), nor put the copy made before "
                        + "back in its place (" + restore.getMessage() + "). The database as it was is in " + backup
                        + ".", e);
            }
            throw new StoreException("Cannot upgrade the database " + location + " from schema " + version + " to "
                    + SchemaMigrator.KNOWN_VERSION + " (" + reason + "). It was left as it was; a copy made before "
                    + "the upgrade is in " + backup + ".", e);
        }
    }

    /** The absolute path of a database, its folder created; refused when H2 would misread it. */
    private static Path usableBase(Path database) {
        Path base = database.toAbsolutePath().normalize();
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
            return DriverManager.getConnection("jdbc:h2:file:" + baseAndSettings + ";WRITE_DELAY=0", "sa", "");
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
            return new Dataset(readTitle(), readStates(), readTies(null), readEvents(), readViews());
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized List<Tie> tiesActiveOn(LocalDate day) {
        ensureOpen();
        try {
            return readTies(day);
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

    // ---- reading

    private String readTitle() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT title FROM store_info WHERE id = 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private List<State> readStates() throws SQLException {
        List<State> states = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code, name, start_text, end_text FROM states")) {
            while (rows.next()) {
                states.add(new State(rows.getString(1), rows.getString(2),
                        date(rows.getString(3)), date(rows.getString(4))));
            }
        }
        states.sort(Comparator.comparing(State::code));
        return states;
    }

    /** All ties, or those active on {@code day} when it is given; in {@link Tie#ORDER}. */
    private List<Tie> readTies(LocalDate day) throws SQLException {
        String sql = "SELECT " + TIE_COLUMNS + " FROM ties"
                + (day == null ? "" : " WHERE start_day <= ? AND (end_day IS NULL OR end_day > ?)");
        List<Tie> ties = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (day != null) {
                query.setObject(1, day);
                query.setObject(2, day);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ties.add(new Tie(rows.getString(1), rows.getString(2), tieType(rows.getString(3)),
                            date(rows.getString(4)), date(rows.getString(5)),
                            rows.getString(6), rows.getString(7), confidence(rows.getString(8))));
                }
            }
        }
        // Sorted here rather than in SQL: Tie.ORDER ranks types by strength, not by name.
        ties.sort(Tie.ORDER);
        return ties;
    }

    private List<Event> readEvents() throws SQLException {
        Map<EventKey, List<String>> statesByEvent = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT date_text, title, state_code FROM event_states "
                     + "ORDER BY date_day, date_text, title, position")) {
            while (rows.next()) {
                statesByEvent.computeIfAbsent(new EventKey(rows.getString(1), rows.getString(2)),
                        k -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        List<Event> events = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT date_text, title, description, source FROM events")) {
            while (rows.next()) {
                String dateText = rows.getString(1);
                String title = rows.getString(2);
                events.add(new Event(date(dateText), title, rows.getString(3), rows.getString(4),
                        statesByEvent.getOrDefault(new EventKey(dateText, title), List.of())));
            }
        }
        events.sort(EVENT_ORDER);
        return events;
    }

    private record EventKey(String dateText, String title) {
    }

    private List<SavedView> readViews() throws SQLException {
        Map<String, Set<TieType>> hiddenByView = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT view_name, tie_type FROM saved_view_hidden_types")) {
            while (rows.next()) {
                hiddenByView.computeIfAbsent(rows.getString(1), k -> EnumSet.noneOf(TieType.class))
                        .add(tieType(rows.getString(2)));
            }
        }
        List<SavedView> views = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, date_text, hide_states_without_ties, focus_code, "
                     + "layout_kind, zoom, centre_x, centre_y FROM saved_views ORDER BY position, name")) {
            while (rows.next()) {
                String name = rows.getString(1);
                views.add(new SavedView(name, date(rows.getString(2)), hiddenByView.getOrDefault(name, Set.of()),
                        rows.getBoolean(3), rows.getString(4), layoutKind(rows.getString(5)),
                        rows.getDouble(6), rows.getDouble(7), rows.getDouble(8)));
            }
        }
        return views;
    }

    private List<String> readViewNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM saved_views ORDER BY position, name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private TieType tieType(String code) {
        return TieType.fromCode(code).orElseThrow(() -> new StoreException(
                "The database " + location + " holds an unknown tie type '" + code + "'."));
    }

    private LayoutKind layoutKind(String code) {
        return LayoutKind.fromCode(code).orElseThrow(() -> new StoreException(
                "The database " + location + " holds an unknown layout '" + code + "'."));
    }

    private Confidence confidence(String code) {
        return Confidence.fromCode(code).orElseThrow(() -> new StoreException(
                "The database " + location + " holds an unknown confidence '" + code + "'."));
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

    @Override
    public synchronized void importDataset(Dataset dataset, boolean replace, ImportProgress progress) {
        ensureWritable();
        try {
            inTransaction(() -> {
                if (replace) {
                    deleteEverything();
                }
                mergeStates(dataset.states());
                mergeTies(dataset.ties(), progress);
                replaceEvents(dataset.events());
                for (SavedView view : dataset.views()) {
                    writeView(view);
                }
                markInitialised(dataset.title(), replace);
                changeLog.clear();
                // The last moment a stop can still leave the database as it was.
                progress.checkCancelled();
            });
        } catch (SQLException e) {
            if (hasErrorCode(e, FOREIGN_KEY_PARENT_MISSING)) {
                throw new StoreException("Nothing was imported into " + location + ": a tie, event or view names a "
                        + "state that is neither in the dataset nor stored (" + firstLine(e) + ").", e);
            }
            throw new StoreException("Nothing was imported into " + location + ": " + firstLine(e), e);
        } catch (RuntimeException e) {
            // A stop asked for is no failure of the store: it rolled back, as asked.
            if (e instanceof StoreException || e instanceof java.util.concurrent.CancellationException) {
                throw e;
            }
            throw new StoreException("Nothing was imported into " + location + ": " + e, e);
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

    private void deleteEverything() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Children first, for the foreign keys. DELETE rather than TRUNCATE: it is part of the transaction.
            statement.executeUpdate("DELETE FROM saved_views");
            statement.executeUpdate("DELETE FROM event_states");
            statement.executeUpdate("DELETE FROM events");
            statement.executeUpdate("DELETE FROM ties");
            statement.executeUpdate("DELETE FROM states");
        }
    }

    private void mergeStates(List<State> states) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO states "
                + "(code, name, start_text, start_day, end_text, end_day) KEY (code) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (State state : states) {
                merge.setString(1, state.code());
                merge.setString(2, state.name());
                setDate(merge, 3, state.start());
                setDate(merge, 5, state.end());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /**
     * Ties are written by their key: a merge when some are stored already, a plain insert (faster) into an
     * empty table. Within the dataset, the last of several ties with one key wins, as it would over a stored one.
     */
    private void mergeTies(List<Tie> ties, ImportProgress progress) throws SQLException {
        Map<String, Tie> lastOfEachKey = new LinkedHashMap<>();
        for (Tie tie : ties) {
            lastOfEachKey.put(tieKey(tie), tie);
        }
        String columns = "(tie_key, from_code, to_code, tie_type, start_day, start_text, end_text, end_day, "
                + "description, source, confidence)";
        String sql = hasTies()
                ? "MERGE INTO ties " + columns + " KEY (tie_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO ties " + columns + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            int pending = 0;
            long written = 0;
            for (Map.Entry<String, Tie> entry : lastOfEachKey.entrySet()) {
                Tie tie = entry.getValue();
                write.setString(1, entry.getKey());
                write.setString(2, tie.from());
                write.setString(3, tie.to());
                write.setString(4, tie.type().code());
                write.setObject(5, tie.start().firstDay());
                write.setString(6, tie.start().toString());
                setDate(write, 7, tie.end());
                write.setString(9, tie.description());
                write.setString(10, tie.source());
                write.setString(11, tie.confidence().code());
                write.addBatch();
                if (++pending == BATCH_SIZE) {
                    write.executeBatch();
                    pending = 0;
                    written += BATCH_SIZE;
                    progress.checkCancelled();
                    progress.update("Storing ties", written, lastOfEachKey.size());
                }
            }
            write.executeBatch();
        }
    }

    /** The name of a tie in the database: from, to, type and start as written. */
    static String tieKey(Tie tie) {
        return tie.from() + ">" + tie.to() + ":" + tie.type().code() + "@" + tie.start();
    }

    private boolean hasTies() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM ties)")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    /** Events are replaced by deleting the stored one of the same date and title (its states go with it). */
    private void replaceEvents(List<Event> events) throws SQLException {
        Map<String, Event> lastOfEachKey = new LinkedHashMap<>();
        for (Event event : events) {
            lastOfEachKey.put(event.date() + "\n" + event.title(), event);
        }
        try (PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM events WHERE date_day = ? AND date_text = ? AND title = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO events (date_day, date_text, title, description, source) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement insertState = connection.prepareStatement("INSERT INTO event_states "
                     + "(date_day, date_text, title, position, state_code) VALUES (?, ?, ?, ?, ?)")) {
            for (Event event : lastOfEachKey.values()) {
                setEventKey(delete, event);
                delete.addBatch();
                setEventKey(insert, event);
                insert.setString(4, event.description());
                insert.setString(5, event.source());
                insert.addBatch();
                for (int i = 0; i < event.states().size(); i++) {
                    setEventKey(insertState, event);
                    insertState.setInt(4, i);
                    insertState.setString(5, event.states().get(i));
                    insertState.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
            insertState.executeBatch();
        }
    }

    private static void setEventKey(PreparedStatement statement, Event event) throws SQLException {
        statement.setObject(1, event.date().firstDay());
        statement.setString(2, event.date().toString());
        statement.setString(3, event.title());
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
            return readViews();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    @Override
    public synchronized void saveView(SavedView view) {
        Objects.requireNonNull(view, "view");
        changeViews("Cannot save the view '" + view.name() + "'", () -> writeView(view));
    }

    @Override
    public synchronized void deleteView(String name) {
        changeViews("Cannot delete the view '" + name + "'", () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM saved_views WHERE name = ?")) {
                delete.setString(1, name);
                if (delete.executeUpdate() > 0) {
                    renumberViews(readViewNames());
                }
            }
        });
    }

    @Override
    public synchronized void moveView(String name, int newPosition) {
        changeViews("Cannot move the view '" + name + "'", () -> {
            List<String> names = readViewNames();
            if (!names.remove(name)) {
                throw new IllegalArgumentException("No saved view is named '" + name + "'.");
            }
            if (newPosition < 0 || newPosition > names.size()) {
                throw new IllegalArgumentException("Position " + newPosition + " is outside the briefing, which "
                        + "runs from 0 to " + names.size() + ".");
            }
            names.add(newPosition, name);
            renumberViews(names);
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

    /** Writes a view in the place of the stored one of that name, or at the end of the briefing. */
    private void writeView(SavedView view) throws SQLException {
        List<String> names = readViewNames();
        int position = names.indexOf(view.name());
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO saved_views (name, position, "
                + "date_text, hide_states_without_ties, focus_code, layout_kind, zoom, centre_x, centre_y) KEY (name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            merge.setString(1, view.name());
            merge.setInt(2, position >= 0 ? position : names.size());
            merge.setString(3, view.date().toString());
            merge.setBoolean(4, view.hideStatesWithoutTies());
            merge.setString(5, view.focus());
            merge.setString(6, view.layout().code());
            merge.setDouble(7, view.zoom());
            merge.setDouble(8, view.centreX());
            merge.setDouble(9, view.centreY());
            merge.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM saved_view_hidden_types WHERE view_name = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO saved_view_hidden_types (view_name, tie_type) VALUES (?, ?)")) {
            delete.setString(1, view.name());
            delete.executeUpdate();
            for (TieType type : view.hiddenTypes()) {
                insert.setString(1, view.name());
                insert.setString(2, type.code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Gives the views the positions 0, 1, 2... in the order of {@code names}. */
    private void renumberViews(List<String> names) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE saved_views SET position = ? WHERE name = ?")) {
            for (int i = 0; i < names.size(); i++) {
                update.setInt(1, i);
                update.setString(2, names.get(i));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void markInitialised(String title, boolean replace) throws SQLException {
        // Without replace, a dataset without a title keeps the stored one.
        String sql = replace || title != null
                ? "UPDATE store_info SET initialised = TRUE, title = ? WHERE id = 1"
                : "UPDATE store_info SET initialised = TRUE WHERE id = 1";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            if (replace || title != null) {
                update.setString(1, title);
            }
            update.executeUpdate();
        }
    }

    /** Sets a partial date as its text at {@code index} and its first day at {@code index + 1}. */
    static void setDate(PreparedStatement statement, int index, PartialDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.VARCHAR);
            statement.setNull(index + 1, Types.DATE);
        } else {
            statement.setString(index, date.toString());
            statement.setObject(index + 1, date.firstDay());
        }
    }
}
