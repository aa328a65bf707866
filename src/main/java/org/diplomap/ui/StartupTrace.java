package org.diplomap.ui;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Ddiplomap.startupTrace=true}, prints on stderr when each step of the start-up is reached, in
 * milliseconds since the JVM started ({@code startup window-shown 812}); the start-up harness reads these lines.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("diplomap.startupTrace");
    private static final java.util.Set<String> MARKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StartupTrace() {
    }

    /** Notes that a step is reached; only its first time counts. */
    public static void mark(String step) {
        if (ON && MARKED.add(step)) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup " + step + " " + since);
        }
    }
}
