package org.diplomap.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a file handed to the window is: told by its name, or else by its first bytes. */
public enum FileKind {
    /** An H2 database file, {@code NAME.mv.db}. */
    DATABASE,
    /** A dataset file in the JSON format. */
    DATASET,
    /** Anything else. */
    OTHER;

    /** H2 starts every database file with this header. */
    private static final String H2_HEADER = "H:2,";

    public static FileKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mv.db")) {
            return DATABASE;
        }
        if (name.endsWith(".json")) {
            return DATASET;
        }
        String start = firstBytes(file);
        if (start.startsWith(H2_HEADER)) {
            return DATABASE;
        }
        return start.stripLeading().replace("\uFEFF", "").startsWith("{") ? DATASET : OTHER;
    }

    /** The database path that H2 takes for a database file: its path without {@code .mv.db}. */
    public static Path databaseOf(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        return path.toLowerCase(Locale.ROOT).endsWith(".mv.db") ? Path.of(path.substring(0, path.length() - 6))
                : Path.of(path);
    }

    private static String firstBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
