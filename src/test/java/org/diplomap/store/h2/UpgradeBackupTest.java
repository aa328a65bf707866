package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomap.model.Dataset;
import org.diplomap.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database of an older schema writes a copy of it beside it before the upgrade. */
class UpgradeBackupTest {

    @TempDir
    Path dir;

    /** A schema-1 database, as the first Diplomap left it, holding two states and a tie. */
    private Path schemaOneDatabase(String name) throws SQLException {
        Path database = dir.resolve(name);
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            SchemaMigrator.migrate(connection, name, 1);
            statement.executeUpdate("UPDATE store_info SET initialised = TRUE, title = 'Old case' WHERE id = 1");
            statement.executeUpdate("INSERT INTO states (code, name) VALUES ('RUS', 'Russia'), ('AFG', 'Afghanistan')");
            statement.executeUpdate("INSERT INTO ties (tie_key, from_code, to_code, tie_type, start_day, start_text, "
                    + "confidence) VALUES ('RUS>AFG:recognition@2025-07-03', 'RUS', 'AFG', 'recognition', "
                    + "DATE '2025-07-03', '2025-07-03', 'high')");
        }
        return database;
    }

    @Test
    void upgradeWritesACopyOfTheOldDatabaseBesideItNamedWithItsVersion() throws Exception {
        Path database = schemaOneDatabase("case");

        try (H2Store store = H2Store.open(database)) {
            assertThat(store.load().ties()).hasSize(1);
        }

        Path backup = dir.resolve("case.v1.backup.mv.db");
        assertThat(backup).isRegularFile();
        try (Connection connection = connect(dir.resolve("case.v1.backup"))) {
            assertThat(SchemaMigrator.currentVersion(connection, "backup")).isEqualTo(1);
            assertThat(count(connection, "ties")).isEqualTo(1);
        }
        try (Connection connection = connect(database)) {
            assertThat(SchemaMigrator.currentVersion(connection, "case")).isEqualTo(SchemaMigrator.KNOWN_VERSION);
        }
    }

    @Test
    void aSecondUpgradeOfTheSameVersionKeepsTheFirstBackup() throws Exception {
        Path database = schemaOneDatabase("case");
        Files.writeString(dir.resolve("case.v1.backup.mv.db"), "an earlier backup");

        H2Store.open(database).close();

        assertThat(Files.readString(dir.resolve("case.v1.backup.mv.db"))).isEqualTo("an earlier backup");
        assertThat(dir.resolve("case.v1.backup-2.mv.db")).isRegularFile();
    }

    @Test
    void aDatabaseAtTheKnownVersionIsNotCopied() throws Exception {
        Path database = dir.resolve("current");
        H2Store.open(database).close();
        H2Store.open(database).close();

        assertThat(filesIn(dir)).containsExactlyInAnyOrder("current.mv.db");
    }

    @Test
    void aFailedUpgradeLeavesTheDatabaseAsItWasAndSaysWhereTheBackupIs() throws Exception {
        Path database = schemaOneDatabase("broken");
        // Schema 2 creates saved_views, then saved_view_hidden_types: the second fails after the first is done.
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE saved_view_hidden_types (oops INT)");
        }
        Path backup = dir.resolve("broken.v1.backup.mv.db");

        assertThatThrownBy(() -> H2Store.open(database))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot upgrade the database " + dir.resolve("broken.mv.db") + " from schema 1 to "
                        + SchemaMigrator.KNOWN_VERSION + " (")
                .hasMessageEndingWith("It was left as it was; a copy made before the upgrade is in " + backup + ".");

        try (Connection connection = connect(database)) {
            assertThat(SchemaMigrator.currentVersion(connection, "broken")).isEqualTo(1);
            assertThat(tables(connection)).doesNotContain("SAVED_VIEWS");
            assertThat(count(connection, "ties")).isEqualTo(1);
        }
        assertThat(backup).isRegularFile();
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedNamingBothVersionsAndNotCopied() throws Exception {
        Path database = dir.resolve("future");
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(Dataset.empty(), false);
        }
        int newer = SchemaMigrator.KNOWN_VERSION + 1;
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO schema_version (version) VALUES (" + newer + ")");
        }

        assertThatThrownBy(() -> H2Store.open(database))
                .isInstanceOf(StoreException.class)
                .hasMessage("The database " + dir.resolve("future.mv.db") + " was written by a newer Diplomap (schema "
                        + newer + "); this one knows schema " + SchemaMigrator.KNOWN_VERSION + ". Use a newer Diplomap.");
        assertThat(filesIn(dir)).allMatch(name -> !name.contains("backup"));
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".trace.db")).toList();
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Connection connect(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath(), "sa", "");
    }
}
