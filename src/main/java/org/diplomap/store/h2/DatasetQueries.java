package org.diplomap.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomap.model.Confidence;
import org.diplomap.model.Event;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.StoreException;

/** Reads the rows of a dataset back into the model, on one connection. */
final class DatasetQueries {

    private static final Comparator<Event> EVENT_ORDER =
            Comparator.comparing(Event::date).thenComparing(Event::title);

    private static final String TIE_COLUMNS = "from_code, to_code, tie_type, start_text, end_text, "
            + "description, source, confidence";

    private final Connection connection;
    /** Where the data lives, for messages about what it holds. */
    private final String location;

    DatasetQueries(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    String readTitle() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT title FROM store_info WHERE id = 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    List<State> readStates() throws SQLException {
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
    List<Tie> readTies(LocalDate day) throws SQLException {
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

    List<Event> readEvents() throws SQLException {
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

    List<SavedView> readViews() throws SQLException {
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
}
