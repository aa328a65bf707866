package org.diplomap.cli;

import java.nio.file.Path;
import org.diplomap.store.DiplomapHome;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --db PATH}, accepted before or after the command; else DIPLOMAP_DB; else diplomap in the Diplomap folder. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The H2 database file, its .mv.db suffix optional (default: $DIPLOMAP_DB, else diplomap in $DIPLOMAP_HOME or ~/.diplomap).")
    Path path;

    public Path path() {
        if (path != null) {
            return path;
        }
        String fromEnvironment = System.getenv("DIPLOMAP_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return DiplomapHome.folder().resolve("diplomap");
    }
}
