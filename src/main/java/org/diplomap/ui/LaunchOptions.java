package org.diplomap.ui;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the command line asks of the window. JavaFX creates the Application itself, so the launcher hands
 * these over before it starts JavaFX.
 */
public record LaunchOptions(Path database, LocalDate date, Path screenshot) {

    private static volatile LaunchOptions current;

    public static void set(LaunchOptions options) {
        current = options;
    }

    static LaunchOptions get() {
        return current;
    }
}
