package org.diplomap.model;

/**
 * The one rule for text: a text may hold any character but a control character other than tab and line breaks,
 * half of a surrogate pair, U+FFFE or U+FFFF. Those are what XML (SVG, GEXF), PDF fonts or UTF-8 cannot carry;
 * import refuses them, and writers replace them in what was stored before the rule.
 */
public final class WritableText {

    private WritableText() {
    }

    /** The index of the first character the rule forbids, or -1 when there is none. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isForbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every character the rule forbids as U+FFFD, the replacement character. */
    public static String replacingForbidden(String text) {
        if (firstForbidden(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else {
                kept.append(isForbidden(c) ? '\uFFFD' : c);
            }
        }
        return kept.toString();
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || Character.isSurrogate(c)
                || c == 0xFFFE || c == 0xFFFF;
    }
}
