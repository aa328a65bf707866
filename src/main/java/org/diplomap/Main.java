package org.diplomap;

import java.lang.reflect.InvocationTargetException;

/**
 * The launcher. It does not extend {@code Application}, so that {@code java -jar} on the fat jar starts JavaFX from
 * the classpath. It is compiled for Java 8 and reaches the program by name only, so that an older Java than the
 * program needs reads this class and can say so, instead of failing with a class-version error.
 */
public final class Main {

    static final int JAVA_NEEDED = 17;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String version = System.getProperty("java.specification.version");
        if (featureVersion(version) < JAVA_NEEDED) {
            System.err.println("Diplomap needs Java " + JAVA_NEEDED + " or newer, and this is Java " + version + " ("
                    + System.getProperty("java.home") + "). Install a newer Java, or the Diplomap app, which brings"
                    + " its own.");
            System.exit(1);
        }
        int status;
        try {
            status = (Integer) Class.forName("org.diplomap.cli.DiplomapCommand")
                    .getMethod("run", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
        System.exit(status);
    }

    /** 8 for "1.8", 17 for "17". */
    static int featureVersion(String specification) {
        String feature = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = feature.indexOf('.');
        return Integer.parseInt(dot < 0 ? feature : feature.substring(0, dot));
    }
}
