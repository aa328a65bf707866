package org.diplomap.io;

import org.diplomap.model.WritableText;

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

    /**
     * Fails when a text is longer than the database can keep, or holds what no export could carry: a control
     * character other than tab and line breaks, a lone surrogate (half a character) or U+FFFE and U+FFFF
     * (no character at all). Refused on import, so that every writer (XML, PDF, JSON in UTF-8) can carry every
     * stored text.
     */
    static void checkText(String value, String fileName, String place) throws DatasetFormatException {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_LENGTH) {
            throw new DatasetFormatException(fileName, place, "a text of " + value.length()
                    + " characters; a text may hold at most " + MAX_LENGTH);
        }
        String problem = unwritable(value);
        if (problem != null) {
            throw new DatasetFormatException(fileName, place, problem);
        }
    }

    /** Why a text cannot be written to every format, or null when it can. */
    static String unwritable(String value) {
        int i = WritableText.firstForbidden(value);
        if (i < 0) {
            return null;
        }
        char c = value.charAt(i);
        String character = String.format("character %d is U+%04X", i + 1, (int) c);
        if (Character.isSurrogate(c)) {
            return character + ", half of a character (a lone surrogate); the file is not proper text there";
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return character + ", which is no character";
        }
        return character + ", a control character; a text may hold tab and line breaks, no other control character";
    }
}
