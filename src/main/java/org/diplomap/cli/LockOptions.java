package org.diplomap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.diplomap.store.StoreLockedException;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * What a command that only reads does when another program has the database open: by default it stops and
 * names both ways on; {@code --read-only} reads a copy taken now; {@code --wait} waits until it is free.
 */
final class LockOptions {

    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--read-only",
                description = "If another program has the database open, read a copy of it taken now.")
        boolean readOnly;

        @Option(names = "--wait", description = "If another program has the database open, wait until it is free.")
        boolean waitUntilFree;
    }

    /** Opens the database as the options say. */
    Workspace open(Path database, PrintWriter err) {
        boolean readOnly = choice != null && choice.readOnly;
        boolean waitUntilFree = choice != null && choice.waitUntilFree;
        try {
            return H2Workspaces.open(database);
        } catch (StoreLockedException e) {
            if (readOnly) {
                return H2Workspaces.openReadOnlyCopy(database);
            }
            if (waitUntilFree) {
                err.println("Waiting until " + e.location() + " is free (Ctrl+C to stop)\u2026");
                err.flush();
                try {
                    return H2Workspaces.openWhenFree(database, () -> false);
                } catch (CancellationException stopped) {
                    throw e;
                }
            }
            throw new StoreLockedException(e.location(), "The database " + e.location() + " is in use by another "
                    + "program (is Diplomap already running?). Close it and try again, add --read-only to read a copy "
                    + "of it taken now, or add --wait to wait until it is free.", e);
        }
    }
}
