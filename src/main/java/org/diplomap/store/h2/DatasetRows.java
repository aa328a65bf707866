package org.diplomap.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.io.ImportProgress;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * Writes the rows of a dataset (states, ties, events, saved views, the title) on one connection. Callers run
 * each method inside their transaction; nothing here commits.
 */
final class DatasetRows {

    /** Rows sent to H2 at once on import: large enough to be fast, small enough to bound memory. */
    private static final int BATCH_SIZE = 5_000;

    private final Connection connection;
    /** Whether each batch of ties is committed as it is written: only on a new file that no one reads yet. */
    private final boolean commitEachBatch;

    DatasetRows(Connection connection) {
        this(connection, false);
    }

    /**
     * Rows written on {@code connection}; with {@code commitEachBatch}, each batch of ties is committed as it is
     * written, so that H2 keeps no large transaction in memory. For a new database file only, whose swap into
     * place is what makes the import all or nothing.
     */
    DatasetRows(Connection connection, boolean commitEachBatch) {
        this.connection = connection;
        this.commitEachBatch = commitEachBatch;
    }

    void mergeStates(List<State> states) throws SQLException {
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
    void mergeTies(List<Tie> ties, ImportProgress progress) throws SQLException {
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
                    if (commitEachBatch) {
                        connection.commit();
                    }
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
    void replaceEvents(List<Event> events) throws SQLException {
        Map<String, Event> lastOfEachKey = new LinkedHashMap<>();
        for (Event event : events) {
            lastOfEachKey.put(event.date() + "\n" + event.title(), event);
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM events WHERE date_day = ? AND date_text = ? AND title = ?")) {
            for (Event event : lastOfEachKey.values()) {
                setEventKey(delete, event);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        insertEvents(lastOfEachKey.values());
    }

    /** Inserts events, with the states each names, in their order; none may be stored yet. */
    void insertEvents(Collection<Event> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO events (date_day, date_text, title, description, source) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement insertState = connection.prepareStatement("INSERT INTO event_states "
                     + "(date_day, date_text, title, position, state_code) VALUES (?, ?, ?, ?, ?)")) {
            for (Event event : events) {
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
            insert.executeBatch();
            insertState.executeBatch();
        }
    }

    static void setEventKey(PreparedStatement statement, Event event) throws SQLException {
        statement.setObject(1, event.date().firstDay());
        statement.setString(2, event.date().toString());
        statement.setString(3, event.title());
    }

    /** Writes a view in the place of the stored one of that name, or at the end of the briefing. */
    void writeView(SavedView view) throws SQLException {
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
    void renumberViews(List<String> names) throws SQLException {
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

    List<String> readViewNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM saved_views ORDER BY position, name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    void markInitialised(String title, boolean replace) throws SQLException {
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
