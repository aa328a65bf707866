package org.diplomap.store;

/** A failure of the store, with a message that can be shown to a user as it is. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
