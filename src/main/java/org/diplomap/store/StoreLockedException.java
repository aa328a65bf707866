package org.diplomap.store;

/** The database is open in another program. */
public class StoreLockedException extends StoreException {

    private final String location;

    public StoreLockedException(String location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** The database file in use, for messages. */
    public String location() {
        return location;
    }
}
