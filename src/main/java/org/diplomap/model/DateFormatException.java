package org.diplomap.model;

/** A text that is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY. */
public class DateFormatException extends IllegalArgumentException {
    public DateFormatException(String message) {
        super(message);
    }
}
