package org.diplomap.cli;

/** A message as one line on a terminal: line breaks become spaces, and no control character reaches it raw. */
final class OneLine {

    private OneLine() {
    }

    /**
     * The message with its line breaks and tabs as spaces and every other control character (an escape that
     * could retitle or clear the terminal, a NUL) and half of a surrogate pair written as {@code \u001B}.
     */
    static String of(String message) {
        String text = String.valueOf(message).strip();
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                line.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                line.append(String.format("\\u%04X", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
