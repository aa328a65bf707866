package org.diplomap.io;

/** Texts of data files in messages, and the length a stored text may have. */
final class Texts {

    /** The most characters a text may hold: the database keeps texts of up to 1,048,576 characters. */
    static final int MAX_LENGTH = 1_000_000;

    private static final int SHOWN = 60;

    private Texts() {
    }

    /** A value as a message quotes it: cut short when long, so that the message stays one readable line. */
    static String quoted(String value) {
        return "'" + shortened(value).replaceAll("[\\r\\n]+", " ") + "'";
    }

    /** A text cut to at most {@code SHOWN} characters, saying how long it was. */
    static String shortened(String value) {
        return shortened(value, SHOWN);
    }

    static String shortened(String value, int most) {
        return value.length() <= most ? value : value.substring(0, most) + "\u2026 (" + value.length() + " characters)";
    }

    /** Fails when a text is longer than the database can keep. */
    static void checkLength(String value, String fileName, String place) throws DatasetFormatException {
        if (value != null && value.length() > MAX_LENGTH) {
            throw new DatasetFormatException(fileName, place, "a text of " + value.length()
                    + " characters; a text may hold at most " + MAX_LENGTH);
        }
    }
}
