package org.diplomap.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * Preferences kept in one properties file (a key is the node's path, a colon and the preference's key), so that
 * they live in the Diplomap folder instead of the user's preferences store of Java, which no environment variable
 * moves. Every change is written at once, beside the file first and then moved over it, so that a crash leaves the
 * old file or the new one.
 */
public final class FilePreferences extends AbstractPreferences {

    private final FileStore store;

    private FilePreferences(FilePreferences parent, String name, FileStore store) {
        super(parent, name);
        this.store = store;
    }

    /** The root of the preferences kept in {@code file}, read from it if it exists. */
    public static FilePreferences in(Path file) {
        return new FilePreferences(null, "", new FileStore(file));
    }

    private String prefix() {
        return absolutePath() + ":";
    }

    @Override
    protected void putSpi(String key, String value) {
        store.values.put(prefix() + key, value);
        store.save();
    }

    @Override
    protected String getSpi(String key) {
        return store.values.get(prefix() + key);
    }

    @Override
    protected void removeSpi(String key) {
        if (store.values.remove(prefix() + key) != null) {
            store.save();
        }
    }

    @Override
    protected void removeNodeSpi() {
        String path = absolutePath();
        store.values.keySet().removeIf(key -> key.startsWith(path + ":") || key.startsWith(path + "/"));
        store.save();
    }

    @Override
    protected String[] keysSpi() {
        String prefix = prefix();
        return store.values.keySet().stream().filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length())).toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        String below = absolutePath().equals("/") ? "/" : absolutePath() + "/";
        return store.values.keySet().stream().filter(key -> key.startsWith(below))
                .map(key -> key.substring(below.length()).split("[/:]", 2)[0])
                .filter(name -> !name.isEmpty()).distinct().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new FilePreferences(this, name, store);
    }

    @Override
    protected void syncSpi() throws BackingStoreException {
        // One program writes the file; what it holds in memory is what the file holds.
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        // Written at every change.
    }

    /** The values of every node of one file, and their writing. */
    private static final class FileStore {
        private final Path file;
        private final Map<String, String> values = new TreeMap<>();

        FileStore(Path file) {
            this.file = file;
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read.load(in);
            } catch (NoSuchFileException e) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the preferences " + file, e);
            }
            read.forEach((key, value) -> values.put((String) key, (String) value));
        }

        void save() {
            Properties written = new Properties();
            written.putAll(values);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path beside = file.resolveSibling(file.getFileName() + ".new");
                try (Writer out = Files.newBufferedWriter(beside, StandardCharsets.UTF_8)) {
                    written.store(out, "Diplomap's preferences");
                }
                Files.move(beside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Preferences are a convenience: failing to keep them must not stop the work they belong to.
                System.getLogger(FilePreferences.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot write the preferences " + file, e);
            }
        }
    }
}
