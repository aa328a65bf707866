package org.diplomap.io;

import java.util.Map;

/**
 * What a person typed into the forms of the window, as text, before it is checked. Empty fields are empty
 * texts; optional fields left empty mean absent.
 */
public final class Drafts {

    private Drafts() {
    }

    /** A tie as typed; {@code type} and {@code confidence} are the words of the data ("recognition", "high"). */
    public record TieDraft(String from, String to, String type, String start, String end, String description,
                           String source, String confidence) {
    }

    /** A narrative event as typed; {@code states} lists codes separated by commas or spaces. */
    public record EventDraft(String date, String title, String description, String source, String states) {
    }

    public record StateDraft(String code, String name, String start, String end) {
    }

    /**
     * The outcome of checking a draft: the value when every field keeps the rules, otherwise the problem of
     * each field that breaks one, by field name ("from", "start", ...), in the words of the importer.
     */
    public record Checked<T>(T value, Map<String, String> problems) {

        public Checked {
            problems = Map.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }
}
