package org.diplomap.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomap.io.ChangeFormat;
import org.diplomap.model.Change;
import org.diplomap.model.Change.Replacement;
import org.diplomap.model.Event;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.store.ChangeEntry;
import org.diplomap.store.StoreException;

/**
 * The edits of the data and their log, on the store's connection. Callers run each method inside their
 * transaction; nothing here commits.
 */
final class ChangeLog {

    private static final String TIE_COLUMNS = "(tie_key, from_code, to_code, tie_type, start_day, start_text, "
            + "end_text, end_day, description, source, confidence)";

    private final Connection connection;

    ChangeLog(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes the rows of a change. Strict, so that the data never drifts from its log: a row to replace or
     * remove must be stored, a row to add must be new. The order lets a change remove a row and add one of the
     * same name, and lets ties and events name states that the same change adds.
     */
    void write(Change change) throws SQLException {
        for (Replacement<State> state : change.states()) {
            if (state.after() != null) {
                writeState(state.before(), state.after());
            }
        }
        for (Replacement<Tie> tie : change.ties()) {
            if (tie.before() != null) {
                deleteTie(tie.before());
            }
        }
        for (Replacement<Event> event : change.events()) {
            if (event.before() != null) {
                deleteEvent(event.before());
            }
        }
        for (Replacement<Tie> tie : change.ties()) {
            if (tie.after() != null) {
                insertTie(tie.after());
            }
        }
        for (Replacement<Event> event : change.events()) {
            if (event.after() != null) {
                insertEvent(event.after());
            }
        }
        for (Replacement<State> state : change.states()) {
            if (state.after() == null) {
                deleteState(state.before());
            }
        }
    }

    /** Appends a change made now; the undone entries go, as they can no longer be redone. */
    ChangeEntry append(Change change) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM change_log WHERE undone");
        }
        long id;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM change_log")) {
            rows.next();
            id = rows.getLong(1);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (id, made_at, description, change_json, undone) VALUES (?, ?, ?, ?, FALSE)")) {
            insert.setLong(1, id);
            insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(3, change.description());
            insert.setString(4, ChangeFormat.write(change));
            insert.executeUpdate();
        }
        return new ChangeEntry(id, now, change, false, null);
    }

    /** The last entry not undone: the one undo takes back. */
    Optional<ChangeEntry> lastDone() throws SQLException {
        return first("SELECT * FROM change_log WHERE NOT undone ORDER BY id DESC LIMIT 1");
    }

    /** The first undone entry: the one redo applies again. */
    Optional<ChangeEntry> firstUndone() throws SQLException {
        return first("SELECT * FROM change_log WHERE undone ORDER BY id LIMIT 1");
    }

    ChangeEntry markUndone(ChangeEntry entry) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE change_log SET undone = TRUE, undone_at = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setLong(2, entry.id());
            update.executeUpdate();
        }
        return new ChangeEntry(entry.id(), entry.madeAt(), entry.change(), true, now);
    }

    ChangeEntry markDone(ChangeEntry entry) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE change_log SET undone = FALSE, undone_at = NULL WHERE id = ?")) {
            update.setLong(1, entry.id());
            update.executeUpdate();
        }
        return new ChangeEntry(entry.id(), entry.madeAt(), entry.change(), false, null);
    }

    List<ChangeEntry> all() throws SQLException {
        return entries("SELECT * FROM change_log ORDER BY id");
    }

    void clear() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM change_log");
        }
    }

    private Optional<ChangeEntry> first(String sql) throws SQLException {
        return entries(sql).stream().findFirst();
    }

    private List<ChangeEntry> entries(String sql) throws SQLException {
        List<ChangeEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                OffsetDateTime undoneAt = rows.getObject("undone_at", OffsetDateTime.class);
                entries.add(new ChangeEntry(rows.getLong("id"),
                        rows.getObject("made_at", OffsetDateTime.class).toInstant(),
                        ChangeFormat.read(rows.getString("change_json")), rows.getBoolean("undone"),
                        undoneAt == null ? null : undoneAt.toInstant()));
            }
        }
        return entries;
    }

    // ---- rows

    private void writeState(State before, State after) throws SQLException {
        String sql = before == null
                ? "INSERT INTO states (name, start_text, start_day, end_text, end_day, code) VALUES (?, ?, ?, ?, ?, ?)"
                : "UPDATE states SET name = ?, start_text = ?, start_day = ?, end_text = ?, end_day = ? WHERE code = ?";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, after.name());
            DatasetRows.setDate(write, 2, after.start());
            DatasetRows.setDate(write, 4, after.end());
            write.setString(6, after.code());
            expectOne(write.executeUpdate(), "the state " + after.code());
        }
    }

    private void deleteState(State state) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM states WHERE code = ?")) {
            delete.setString(1, state.code());
            expectOne(delete.executeUpdate(), "the state " + state.code());
        }
    }

    private void deleteTie(Tie tie) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ties WHERE tie_key = ?")) {
            delete.setString(1, DatasetRows.tieKey(tie));
            expectOne(delete.executeUpdate(), "the tie " + DatasetRows.tieKey(tie));
        }
    }

    private void insertTie(Tie tie) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ties " + TIE_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, DatasetRows.tieKey(tie));
            insert.setString(2, tie.from());
            insert.setString(3, tie.to());
            insert.setString(4, tie.type().code());
            insert.setObject(5, tie.start().firstDay());
            insert.setString(6, tie.start().toString());
            DatasetRows.setDate(insert, 7, tie.end());
            insert.setString(9, tie.description());
            insert.setString(10, tie.source());
            insert.setString(11, tie.confidence().code());
            insert.executeUpdate();
        }
    }

    private void deleteEvent(Event event) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM events WHERE date_day = ? AND date_text = ? AND title = ?")) {
            DatasetRows.setEventKey(delete, event);
            expectOne(delete.executeUpdate(), "the event " + event.date() + " '" + event.title() + "'");
        }
    }

    private void insertEvent(Event event) throws SQLException {
        new DatasetRows(connection).insertEvents(List.of(event));
    }

    private static void expectOne(int rows, String what) {
        if (rows != 1) {
            throw new StoreException(what + " is not stored as the edit expects; nothing was changed.");
        }
    }
}
