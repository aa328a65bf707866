package org.diplomap;

import org.diplomap.cli.DiplomapCommand;

/**
 * The launcher. It does not extend {@code Application}, so that {@code java -jar} on the fat jar starts
 * JavaFX from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DiplomapCommand.run(args));
    }
}
