package org.diplomap.io;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.diplomap.model.Confidence;
import org.diplomap.model.DateFormatException;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The rules every piece of data keeps, whether it comes from a file or from a form in the window. Each rule
 * names the problem; the caller adds the place (a file and {@code ties[3].end}, or a field of a form), so that
 * an importer and a form say the same thing about the same mistake.
 */
public final class DataRules {

    private static final Pattern STATE_CODE = Pattern.compile("[A-Z0-9]{3,8}");

    /** Data that breaks a rule; the message is the problem alone, without its place. */
    public static final class Violation extends Exception {
        public Violation(String problem) {
            super(problem);
        }
    }

    private DataRules() {
    }

    /** A text that must be given and not be blank. */
    public static String required(String value, String field) throws Violation {
        if (value == null) {
            throw new Violation("missing required field '" + field + "'");
        }
        if (value.isBlank()) {
            throw new Violation("required field '" + field + "' is empty");
        }
        return value;
    }

    public static PartialDate date(String text) throws Violation {
        if (text.length() > "YYYY-MM-DD".length()) {
            throw new Violation(Texts.quoted(text) + " is not a date; write YYYY-MM-DD, YYYY-MM or YYYY");
        }
        try {
            return PartialDate.parse(text);
        } catch (DateFormatException e) {
            throw new Violation(e.getMessage());
        }
    }

    /** An optional date: null stays null. */
    public static PartialDate optionalDate(String text) throws Violation {
        return text == null ? null : date(text);
    }

    /** Periods are half-open, so an end must come after the start; either may be absent. */
    public static void endAfterStart(PartialDate start, PartialDate end) throws Violation {
        if (start != null && end != null && !end.firstDay().isAfter(start.firstDay())) {
            throw new Violation("end before start: end " + end + " is not after start " + start);
        }
    }

    /** The form of a code a dataset may declare: 3 to 8 upper-case letters or digits. */
    public static String stateCode(String code) throws Violation {
        if (!STATE_CODE.matcher(code).matches()) {
            throw new Violation("state code " + Texts.quoted(code) + " is not 3 to 8 upper-case letters or digits");
        }
        return code;
    }

    /** A code that a tie or event may name: a declared state, or a state of the reference list. */
    public static String knownCode(String code, Predicate<String> declared, StateReference reference)
            throws Violation {
        if (!declared.test(code) && !reference.knows(code)) {
            throw new Violation("unknown state code " + Texts.quoted(code)
                    + "; declare it in states or use an ISO 3166-1 alpha-3 code");
        }
        return code;
    }

    public static void notToItself(String from, String to) throws Violation {
        if (from.equals(to)) {
            throw new Violation("a tie from a state to itself (" + Texts.quoted(from) + ")");
        }
    }

    public static TieType tieType(String code) throws Violation {
        return TieType.fromCode(code).orElseThrow(() -> new Violation(
                "unknown tie type " + Texts.quoted(code) + "; expected recognition, ambassador or engagement"));
    }

    /** The confidence of a tie; absent means high. */
    public static Confidence confidence(String code) throws Violation {
        if (code == null) {
            return Confidence.HIGH;
        }
        return Confidence.fromCode(code).orElseThrow(() -> new Violation(
                "unknown confidence " + Texts.quoted(code) + "; expected high, medium or low"));
    }

    /** Two ties of the same from, to and type must not share a day; {@code stored} is one already stored. */
    public static void noOverlapWithStored(Tie tie, Tie stored) throws Violation {
        if (sameKind(tie, stored) && tie.overlaps(stored)) {
            throw new Violation("overlaps the stored tie " + describe(stored)
                    + ": ties with the same from, to and type must not overlap");
        }
    }

    static boolean sameKind(Tie a, Tie b) {
        return a.from().equals(b.from()) && a.to().equals(b.to()) && a.type() == b.type();
    }

    /** A tie in a few words, for messages: "RUS -> AFG recognition from 2025-07-03, open". */
    public static String describe(Tie tie) {
        return tie.from() + " -> " + tie.to() + " " + tie.type().code() + " from " + tie.start()
                + (tie.end() == null ? ", open" : " to " + tie.end());
    }
}
