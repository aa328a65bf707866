package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.diplomap.model.Dataset;
import org.diplomap.store.StoreException;
import org.diplomap.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    @TempDir
    Path dir;

    @Test
    void newDatabaseIsAtTheKnownSchemaVersion() throws SQLException {
        Path database = dir.resolve("db");
        H2Store.open(database).close();

        try (Connection connection = connect(database)) {
            assertThat(SchemaMigrator.currentVersion(connection, "db")).isEqualTo(SchemaMigrator.KNOWN_VERSION);
        }
    }

    @Test
    void reopeningDoesNotApplyTheScriptsAgain() throws SQLException {
        Path database = dir.resolve("db");
        H2Store.open(database).close();
        H2Store.open(database).close();

        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(SchemaMigrator.KNOWN_VERSION);
        }
    }

    @Test
    void databaseOfANewerSchemaIsRefusedNamingBothVersions() throws SQLException {
        Path database = dir.resolve("db");
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(Dataset.empty(), false);
        }
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO schema_version (version) VALUES (" + (SchemaMigrator.KNOWN_VERSION + 1) + ")");
        }

        assertThatThrownBy(() -> H2Store.open(database))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(StoreLockedException.class)
                .hasMessageContaining("was written by a newer Diplomap (schema " + (SchemaMigrator.KNOWN_VERSION + 1)
                        + "); this one knows schema "
                        + SchemaMigrator.KNOWN_VERSION)
                .hasMessageContaining("db.mv.db");
        // The refusal closed its connection: the file can be opened again.
        connect(database).close();
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 7200, 70_000})
    void fileThatIsNotAnH2DatabaseIsRefused(int size) throws IOException {
        Path database = dir.resolve("notes");
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        Files.write(dir.resolve("notes.mv.db"), content);

        assertThatThrownBy(() -> H2Store.open(database))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(StoreLockedException.class)
                .hasMessageContaining("notes.mv.db is not a Diplomap database, or it is damaged");
    }

    @Test
    void textFileIsRefused() throws IOException {
        Path database = dir.resolve("notes");
        Files.writeString(dir.resolve("notes.mv.db"), "These are my notes, not a database.\n".repeat(200));

        assertThatThrownBy(() -> H2Store.open(database))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.mv.db is not a Diplomap database, or it is damaged");
    }

    @Test
    void h2DatabaseOfAnotherProgramIsRefused() throws SQLException {
        Path database = dir.resolve("other");
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> H2Store.open(database))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is an H2 database but not a Diplomap one");
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertThat(SchemaMigrator.statements("-- a comment\nCREATE TABLE a (\n  id INT\n);\n\nINSERT INTO a VALUES (1);\n"))
                .containsExactly("CREATE TABLE a (\nid INT\n)", "INSERT INTO a VALUES (1)");
    }

    private static Connection connect(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath(), "sa", "");
    }
}
