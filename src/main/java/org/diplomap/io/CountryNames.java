package org.diplomap.io;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.diplomap.model.State;

/**
 * Matches country names as data sets write them to states: the ISO names of the reference list, the names of
 * the COW crosswalk and of the historical states, and a table of known variants
 * ({@code assets/crosswalk/country-name-variants.csv}: "Viet Nam", "Zaire", "Korea, Republic of"...). Case,
 * accents, punctuation and a leading "The" do not matter; an ISO alpha-3 code matches its state too.
 */
public final class CountryNames {

    private static final CountryNames BUNDLED = new CountryNames(StateReference.bundled(), CowStates.bundled());

    private final StateReference reference;
    private final Map<String, State> byName = new HashMap<>();

    CountryNames(StateReference reference, CowStates cow) {
        this.reference = reference;
        // Later sources win: the variants table is the one written for this purpose.
        reference.namesByCode().forEach((code, name) -> byName.put(normalized(name), new State(code, name)));
        cow.crosswalkNames().forEach((code, name) -> stateOf(code, cow).ifPresent(s -> byName.put(normalized(name), s)));
        cow.historical().values().forEach(s -> byName.put(normalized(s.name()), s));
        for (List<String> row : CowStates.rows(CowStates.VARIANTS)) {
            State state = stateOf(row.get(1), cow).orElseThrow(() -> new IllegalStateException(
                    CowStates.VARIANTS + ": '" + row.get(1) + "' is neither an ISO code nor a historical state"));
            byName.put(normalized(row.get(0)), state);
        }
    }

    public static CountryNames bundled() {
        return BUNDLED;
    }

    /** The state a name stands for, if it is known. */
    public Optional<State> match(String name) {
        if (reference.knows(name)) {
            return Optional.of(new State(name, reference.nameOf(name).orElseThrow()));
        }
        return Optional.ofNullable(byName.get(normalized(name)));
    }

    private Optional<State> stateOf(String code, CowStates cow) {
        if (cow.historical().containsKey(code)) {
            return Optional.of(cow.historical().get(code));
        }
        return reference.nameOf(code).map(name -> new State(code, name));
    }

    /** Lower case without accents, punctuation, "&" for "and", or a leading "the". */
    static String normalized(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
