package org.diplomap.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.diplomap.io.Drafts.Checked;
import org.diplomap.io.Drafts.EventDraft;
import org.diplomap.io.Drafts.StateDraft;
import org.diplomap.io.Drafts.TieDraft;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * Checks a tie, an event or a state typed into a form against the stored dataset, with the rules of the
 * importer ({@link DataRules}) and the same messages. Every field is checked, so that a form can show each
 * problem beside its field at once. Cheap enough to run on every key stroke: it reads only the dataset in
 * memory.
 */
public final class EditValidator {

    private final Dataset stored;
    private final StateReference reference;
    private final Map<String, State> states = new HashMap<>();

    public EditValidator(Dataset stored, StateReference reference) {
        this.stored = Objects.requireNonNull(stored);
        this.reference = Objects.requireNonNull(reference);
        for (State state : stored.states()) {
            states.put(state.code(), state);
        }
    }

    public EditValidator(Dataset stored) {
        this(stored, StateReference.bundled());
    }

    /**
     * Checks a tie; {@code replacing} is the stored tie that it changes (it is not held against the new one),
     * null for a new tie.
     */
    public Checked<Tie> tie(TieDraft draft, Tie replacing) {
        Problems problems = new Problems();
        String from = problems.check("from", () -> knownCode(DataRules.required(blankToEmpty(draft.from()), "from")));
        String to = problems.check("to", () -> knownCode(DataRules.required(blankToEmpty(draft.to()), "to")));
        if (from != null && to != null) {
            problems.check("to", () -> {
                DataRules.notToItself(from, to);
                return to;
            });
        }
        TieType type = problems.check("type", () -> DataRules.tieType(DataRules.required(draft.type(), "type")));
        PartialDate start = problems.check("start", () -> DataRules.date(DataRules.required(draft.start(), "start")));
        PartialDate end = problems.check("end", () -> DataRules.optionalDate(emptyToNull(draft.end())));
        if (start != null && end != null) {
            problems.check("end", () -> {
                DataRules.endAfterStart(start, end);
                return end;
            });
        }
        Confidence confidence = problems.check("confidence",
                () -> DataRules.confidence(emptyToNull(draft.confidence())));
        if (!problems.isEmpty()) {
            return problems.result(null);
        }
        Tie tie = new Tie(from, to, type, start, end, emptyToNull(draft.description()), emptyToNull(draft.source()),
                confidence);
        for (Tie other : stored.ties()) {
            if (replacing != null && other.id().equals(replacing.id())) {
                continue;
            }
            Tie candidate = tie;
            problems.check("start", () -> {
                DataRules.noOverlapWithStored(candidate, other);
                return candidate;
            });
            if (!problems.isEmpty()) {
                break;
            }
        }
        return problems.result(tie);
    }

    /** Checks an event; {@code replacing} is the stored event that it changes, null for a new event. */
    public Checked<Event> event(EventDraft draft, Event replacing) {
        Problems problems = new Problems();
        PartialDate date = problems.check("date", () -> DataRules.date(DataRules.required(draft.date(), "date")));
        String title = problems.check("title", () -> DataRules.required(draft.title(), "title").strip());
        List<String> codes = codesOf(draft.states());
        for (String code : codes) {
            problems.check("states", () -> knownCode(code));
        }
        if (date != null && title != null) {
            for (Event other : stored.events()) {
                boolean sameKey = other.date().equals(date) && other.title().equals(title);
                boolean itself = replacing != null && other.date().equals(replacing.date())
                        && other.title().equals(replacing.title());
                if (sameKey && !itself) {
                    problems.put("title", "an event of " + date + " titled '" + title + "' is stored already");
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems.result(null);
        }
        return problems.result(new Event(date, title, emptyToNull(draft.description()),
                emptyToNull(draft.source()), codes));
    }

    /** Checks a state; {@code replacing} is the stored state that it changes (same code), null for a new one. */
    public Checked<State> state(StateDraft draft, State replacing) {
        Problems problems = new Problems();
        String code = problems.check("code", () -> DataRules.stateCode(DataRules.required(draft.code(), "code")));
        if (code != null && replacing == null && states.containsKey(code)) {
            problems.put("code", "duplicate state code '" + code + "' (a stored state has it)");
        }
        String name = problems.check("name", () -> DataRules.required(draft.name(), "name").strip());
        PartialDate start = problems.check("start", () -> DataRules.optionalDate(emptyToNull(draft.start())));
        PartialDate end = problems.check("end", () -> DataRules.optionalDate(emptyToNull(draft.end())));
        if (start != null && end != null) {
            problems.check("end", () -> {
                DataRules.endAfterStart(start, end);
                return end;
            });
        }
        if (!problems.isEmpty()) {
            return problems.result(null);
        }
        return problems.result(new State(code, name, start, end));
    }

    /**
     * The states of the reference list that {@code codes} name and that are not stored: they are stored with
     * the tie or event that names them, as an import would.
     */
    public List<State> newStates(List<String> codes) {
        List<State> added = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            if (!states.containsKey(code)) {
                reference.nameOf(code).ifPresent(name -> added.add(new State(code, name)));
            }
        }
        return added;
    }

    /** The codes of an event's states field: separated by commas or spaces, in order, each once. */
    public static List<String> codesOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>(Arrays.asList(text.strip().split("[,\\s]+")));
        return List.copyOf(codes);
    }

    private String knownCode(String code) throws DataRules.Violation {
        Predicate<String> storedCode = states::containsKey;
        return DataRules.knownCode(code, storedCode, reference);
    }

    /** A field of blanks reads as empty, which the rules call empty rather than "unknown state code ' '". */
    private static String blankToEmpty(String text) {
        return text == null ? null : text.strip();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @FunctionalInterface
    private interface Rule<T> {
        T apply() throws DataRules.Violation;
    }

    /** The first problem of each field. */
    private static final class Problems {
        private final Map<String, String> byField = new HashMap<>();

        <T> T check(String field, Rule<T> rule) {
            try {
                return rule.apply();
            } catch (DataRules.Violation v) {
                put(field, v.getMessage());
                return null;
            }
        }

        void put(String field, String problem) {
            byField.putIfAbsent(field, problem);
        }

        boolean isEmpty() {
            return byField.isEmpty();
        }

        <T> Checked<T> result(T value) {
            return new Checked<>(byField.isEmpty() ? value : null, byField);
        }
    }
}
