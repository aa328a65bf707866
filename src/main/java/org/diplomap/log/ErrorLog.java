package org.diplomap.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.diplomap.store.DiplomapHome;

/**
 * The log of unexpected errors, with their stack traces, under the Diplomap folder: a person sees one line,
 * and whoever looks into the failure finds the whole story here. Five files of at most a megabyte each, the
 * oldest dropped.
 */
public final class ErrorLog {

    private static final int FILE_LIMIT = 1_000_000;
    private static final int FILE_COUNT = 5;

    private final Path folder;

    public ErrorLog(Path folder) {
        this.folder = folder;
    }

    /** The log under {@code logs} in the Diplomap folder ({@code DIPLOMAP_HOME}, by default {@code ~/.diplomap}). */
    public static ErrorLog forUser() {
        return new ErrorLog(DiplomapHome.folder().resolve("logs"));
    }

    /** The file the newest entries are in. */
    public Path current() {
        return folder.resolve("diplomap-0.log");
    }

    /**
     * Writes what happened with its stack trace.
     *
     * @return whether it was written; a log that cannot be written must not hide the error itself
     */
    public synchronized boolean record(String what, Throwable error) {
        FileHandler handler = null;
        try {
            Files.createDirectories(folder);
            handler = new FileHandler(folder.resolve("diplomap-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            handler.setFormatter(new SimpleFormatter());
            LogRecord entry = new LogRecord(Level.SEVERE, what);
            entry.setThrown(error);
            entry.setLoggerName("org.diplomap");
            handler.publish(entry);
            handler.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (handler != null) {
                handler.close();
            }
        }
    }
}
