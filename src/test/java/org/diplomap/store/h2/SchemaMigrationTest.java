package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomap.store.h2.Datasets.date;
import static org.diplomap.store.h2.Datasets.tie;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by a Diplomap of schema 1, before saved views, opened by this one. */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    /** Makes a schema-1 database holding what a Diplomap of that schema would have stored on import. */
    private Path schemaOneDatabase() throws SQLException {
        Path database = dir.resolve("old");
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            SchemaMigrator.migrate(connection, "old", 1);
            assertThat(SchemaMigrator.currentVersion(connection, "old")).isEqualTo(1);
            statement.executeUpdate("UPDATE store_info SET initialised = TRUE, title = 'Old case' WHERE id = 1");
            statement.executeUpdate("INSERT INTO states (code, name, start_text, start_day, end_text, end_day) VALUES "
                    + "('RUS', 'Russia', NULL, NULL, NULL, NULL), ('AFG', 'Afghanistan', NULL, NULL, NULL, NULL), "
                    + "('PAK', 'Pakistan', NULL, NULL, NULL, NULL)");
            statement.executeUpdate("INSERT INTO ties (tie_key, from_code, to_code, tie_type, start_day, start_text, "
                    + "end_text, end_day, description, source, confidence) VALUES "
                    + "('RUS>AFG:recognition@2025-07-03', 'RUS', 'AFG', 'recognition', DATE '2025-07-03', "
                    + "'2025-07-03', NULL, NULL, NULL, NULL, 'high'), "
                    + "('PAK>AFG:recognition@1997', 'PAK', 'AFG', 'recognition', DATE '1997-01-01', '1997', "
                    + "'2001-11-22', DATE '2001-11-22', NULL, NULL, 'high')");
        }
        return database;
    }

    @Test
    void schemaOneDatabaseIsUpgradedWhenOpenedAndKeepsItsData() throws SQLException {
        Path database = schemaOneDatabase();

        try (H2Store store = H2Store.open(database)) {
            Dataset loaded = store.load();

            assertThat(store.isInitialised()).isTrue();
            assertThat(loaded.title()).isEqualTo("Old case");
            assertThat(loaded.states()).extracting(State::code).containsExactly("AFG", "PAK", "RUS");
            assertThat(loaded.ties()).containsExactly(
                    tie("PAK", "AFG", TieType.RECOGNITION, "1997", "2001-11-22"),
                    tie("RUS", "AFG", TieType.RECOGNITION, "2025-07-03", null));
            assertThat(loaded.views()).isEmpty();
        }
        try (Connection connection = connect(database)) {
            assertThat(SchemaMigrator.currentVersion(connection, "old")).isEqualTo(SchemaMigrator.KNOWN_VERSION);
            assertThat(versionsRecorded(connection)).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void upgradedDatabaseStoresViewsThatSurviveReopening() throws SQLException {
        Path database = schemaOneDatabase();
        SavedView view = new SavedView("Moscow", date("2025-07-03"), Set.of(TieType.ENGAGEMENT), true,
                "RUS", LayoutKind.NETWORK, 0.5, 1, 2);

        // Schema 4 lets a view keep the matrix layout.
        SavedView matrix = new SavedView("Every pair", date("2025-07"), Set.of(), false, null, LayoutKind.MATRIX, 1,
                0, 0);

        try (H2Store store = H2Store.open(database)) {
            store.saveView(view);
            store.saveView(matrix);
        }

        try (H2Store store = H2Store.open(database)) {
            assertThat(store.savedViews()).containsExactly(view, matrix);
            assertThat(store.load().ties()).hasSize(2);
        }
    }

    @Test
    void viewsStoredInSchemaThreeKeepEverythingInSchemaFour() throws SQLException {
        Path database = schemaOneDatabase();
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            SchemaMigrator.migrate(connection, "old", 3);
            statement.executeUpdate("INSERT INTO saved_views (name, position, date_text, hide_states_without_ties, "
                    + "focus_code, layout_kind, zoom, centre_x, centre_y) VALUES "
                    + "('Map', 0, '2024', TRUE, 'RUS', 'geographic', 0.5, 10, -20), "
                    + "('Whole', 1, '2025-07-03', FALSE, NULL, 'network', 1, 0, 0)");
            statement.executeUpdate("INSERT INTO saved_view_hidden_types (view_name, tie_type) VALUES "
                    + "('Map', 'engagement'), ('Map', 'ambassador')");
        }

        try (H2Store store = H2Store.open(database)) {
            assertThat(store.savedViews()).containsExactly(
                    new SavedView("Map", date("2024"), Set.of(TieType.ENGAGEMENT, TieType.AMBASSADOR), true, "RUS",
                            LayoutKind.GEOGRAPHIC, 0.5, 10, -20),
                    new SavedView("Whole", date("2025-07-03"), Set.of(), false, null, LayoutKind.NETWORK, 1, 0, 0));
            // The hidden types still go with their view.
            store.deleteView("Map");
        }
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM saved_view_hidden_types")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private static List<Integer> versionsRecorded(Connection connection) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static Connection connect(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath(), "sa", "");
    }
}
