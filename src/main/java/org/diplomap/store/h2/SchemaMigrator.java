package org.diplomap.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.store.StoreException;

/**
 * Brings a database to the schema this program knows by running the scripts under {@code db/} that it has
 * not run yet, in order. The version reached is recorded in {@code schema_version}, one row per script.
 */
final class SchemaMigrator {

    /** The scripts, oldest first; script n brings the schema to version n. Append, never edit. */
    static final List<String> SCRIPTS = List.of("V1__create_schema.sql", "V2__saved_views.sql",
            "V3__change_log.sql", "V4__matrix_layout.sql");

    static final int KNOWN_VERSION = SCRIPTS.size();

    private SchemaMigrator() {
    }

    /** Migrates the database; refuses one written by a newer program or one that is not a Diplomap database. */
    static void migrate(Connection connection, String location) throws SQLException {
        migrate(connection, location, KNOWN_VERSION);
    }

    /** Migrates the database up to {@code target}, so that a database of an older schema can be made for tests. */
    static void migrate(Connection connection, String location, int target) throws SQLException {
        int current = currentVersion(connection, location);
        if (current > KNOWN_VERSION) {
            throw new StoreException("The database " + location + " was written by a newer Diplomap (schema "
                    + current + "); this one knows schema " + KNOWN_VERSION + ". Use a newer Diplomap.");
        }
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    /** The recorded version; 0 for a new, empty database. */
    static int currentVersion(Connection connection, String location) throws SQLException {
        if (!tableExists(connection, "SCHEMA_VERSION")) {
            if (tableExists(connection, null)) {
                throw new StoreException("The database " + location
                        + " is an H2 database but not a Diplomap one. Choose another file.");
            }
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Whether the public schema holds the table named, or any table when {@code name} is null. */
    private static boolean tableExists(Connection connection, String name) throws SQLException {
        String sql = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                + (name == null ? "" : " AND table_name = ?");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (name != null) {
                query.setString(1, name);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
            for (String sql : statements(readScript(SCRIPTS.get(version - 1)))) {
                statement.execute(sql);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO schema_version (version) VALUES (?)")) {
                record.setInt(1, version);
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String readScript(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema script db/" + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line. Our scripts keep to that form, so no
     * SQL parser is needed: no semicolon inside a literal at a line's end, comments on lines of their own.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
