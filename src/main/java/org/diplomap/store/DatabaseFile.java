package org.diplomap.store;

import java.nio.file.Path;

/** How a database is named: by its path without the {@code .mv.db} suffix of the file that holds it. */
public final class DatabaseFile {

    public static final String SUFFIX = ".mv.db";

    private DatabaseFile() {
    }

    /**
     * The database a path names, absolute: a path naming the file itself ({@code NAME.mv.db}) means the
     * database {@code NAME}, rather than a file {@code NAME.mv.db.mv.db}.
     */
    public static Path base(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        String name = absolute.toString();
        return name.endsWith(SUFFIX) && absolute.getFileName().toString().length() > SUFFIX.length()
                ? Path.of(name.substring(0, name.length() - SUFFIX.length()))
                : absolute;
    }

    /** The file that holds the database. */
    public static Path dataFile(Path database) {
        return Path.of(base(database) + SUFFIX);
    }
}
