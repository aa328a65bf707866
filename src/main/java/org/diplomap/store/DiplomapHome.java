package org.diplomap.store;

import java.nio.file.Path;

/**
 * The folder where Diplomap writes everything of its own: the default database, the databases of dataset files and
 * bundled cases, and the preferences (recent files, export options). {@code DIPLOMAP_HOME} names it, so that tests
 * and a second profile stay apart from the user's; else it is {@code ~/.diplomap}.
 */
public final class DiplomapHome {

    /** The environment variable that names the folder. */
    public static final String VARIABLE = "DIPLOMAP_HOME";

    private DiplomapHome() {
    }

    public static Path folder() {
        return folder(System.getenv(VARIABLE), System.getProperty("user.home"));
    }

    static Path folder(String fromEnvironment, String userHome) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        return Path.of(userHome, ".diplomap");
    }

    /** The preferences kept in the folder, in place of the user's preferences store of Java. */
    public static FilePreferences preferences() {
        return FilePreferences.in(folder().resolve("preferences.properties"));
    }
}
