package org.diplomap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --db PATH}, accepted before or after the command; else DIPLOMAP_DB; else ~/.diplomap/diplomap. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The H2 database file, its .mv.db suffix optional (default: $DIPLOMAP_DB or ~/.diplomap/diplomap).")
    Path path;

    public Path path() {
        if (path != null) {
            return path;
        }
        String fromEnvironment = System.getenv("DIPLOMAP_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".diplomap", "diplomap");
    }
}
