package org.diplomap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.diplomap.io.DatasetFormatException;
import org.diplomap.io.DatasetWriter;

/**
 * The user's Diplomap folder, where what is opened without naming a database gets one of its own: a dataset
 * file opened in the window goes to {@code files/NAME} (named after the file), a bundled case to
 * {@code cases/ID}. A database made from a file remembers the file and its content in
 * {@code NAME.source.properties}; when the file has changed since, it is imported again.
 */
public final class DatasetFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path folder;
    /** Opens (creating when missing) the store of a database named by its path. */
    private final Function<Path, DatasetStore> stores;

    public DatasetFolder(Path folder, Function<Path, DatasetStore> stores) {
        this.folder = folder.toAbsolutePath().normalize();
        this.stores = stores;
    }

    /** The Diplomap folder ({@link DiplomapHome}), beside the default database. */
    public static DatasetFolder forUser(Function<Path, DatasetStore> stores) {
        return new DatasetFolder(DiplomapHome.folder(), stores);
    }

    public Path path() {
        return folder;
    }

    /** The database of a bundled case. */
    public Path databaseOf(BundledCase bundled) {
        return folder.resolve("cases").resolve(bundled.id());
    }

    /** Opens the database of a bundled case, seeded from the case on first use. */
    public Workspace openCase(BundledCase bundled) {
        return Workspace.over(stores.apply(databaseOf(bundled)), bundled::read);
    }

    /**
     * The database that a dataset file is kept in: named after the file, with a number added when another
     * file of the same name already has that one.
     */
    public Path databaseOf(Path datasetFile) {
        Path source = datasetFile.toAbsolutePath().normalize();
        String name = stem(source);
        Path files = folder.resolve("files");
        Path database = files.resolve(name);
        for (int n = 2; ; n++) {
            Properties recorded = readSource(database);
            if (recorded == null || source.toString().equals(recorded.getProperty("file"))) {
                return database;
            }
            database = files.resolve(name + "-" + n);
        }
    }

    /**
     * Opens the database of a dataset file. The first time, the file is imported into a new database; later,
     * the database is opened as it is, unless the file has changed since, when it is imported again in place
     * of what the database held (which is first written beside it as {@code NAME.before-STAMP.json}).
     * A file with an error leaves no new database behind.
     */
    public Workspace openFile(Path datasetFile) throws DatasetFormatException, IOException {
        Path source = datasetFile.toAbsolutePath().normalize();
        String fingerprint = fingerprint(source);
        Path database = databaseOf(source);
        Properties recorded = readSource(database);
        boolean isNew = recorded == null || !Files.exists(Path.of(database + ".mv.db"));
        Workspace workspace = Workspace.over(stores.apply(database), null);
        try {
            if (isNew || !fingerprint.equals(recorded.getProperty("sha256"))) {
                if (!isNew && workspace.store().isInitialised()) {
                    keepAsJson(workspace, database);
                }
                workspace.importFiles(List.of(source), true);
                writeSource(database, source, fingerprint);
            }
            return workspace;
        } catch (DatasetFormatException | IOException | RuntimeException e) {
            workspace.close();
            if (isNew) {
                Files.deleteIfExists(Path.of(database + ".mv.db"));
                Files.deleteIfExists(Path.of(database + ".trace.db"));
            }
            throw e;
        }
    }

    private static void keepAsJson(Workspace workspace, Path database) throws IOException {
        Path kept = Path.of(database + ".before-" + LocalDateTime.now().format(STAMP) + ".json");
        new DatasetWriter().write(workspace.store().load(), kept);
    }

    /** The file's name without its extension, kept to letters, digits, '-', '_' and '.'. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").toLowerCase(Locale.ROOT);
        return safe.isBlank() ? "dataset" : safe;
    }

    private static Path sourceFile(Path database) {
        return Path.of(database + ".source.properties");
    }

    private static Properties readSource(Path database) {
        Path file = sourceFile(database);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void writeSource(Path database, Path source, String fingerprint) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("file", source.toString());
        properties.setProperty("sha256", fingerprint);
        try (OutputStream out = Files.newOutputStream(sourceFile(database))) {
            properties.store(out, "The dataset file this database was imported from");
        }
    }

    private static String fingerprint(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
