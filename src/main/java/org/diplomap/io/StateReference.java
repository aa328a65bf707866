package org.diplomap.io;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference list of states: ISO 3166-1 alpha-3 codes with their English names. It comes from the JDK's
 * own locale data, so the program needs no country file of its own to accept a code like "RUS".
 */
public final class StateReference {

    private static final StateReference BUNDLED = new StateReference(readFromJdk());

    private final Map<String, String> namesByCode;

    private StateReference(Map<String, String> namesByCode) {
        this.namesByCode = Collections.unmodifiableMap(namesByCode);
    }

    public static StateReference bundled() {
        return BUNDLED;
    }

    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }

    public boolean knows(String code) {
        return namesByCode.containsKey(code);
    }

    /** Every code with its name, sorted by code. */
    public Map<String, String> namesByCode() {
        return namesByCode;
    }

    private static Map<String, String> readFromJdk() {
        Map<String, String> names = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            try {
                names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
            } catch (MissingResourceException e) {
                // A country without an alpha-3 code in this JDK cannot be named in data; leave it out.
            }
        }
        return names;
    }
}
