package org.diplomap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplomap.model.PartialDate;
import org.diplomap.model.State;

/**
 * The states of the Correlates of War (COW) numeric codes, from the tables shipped in {@code assets/crosswalk/}: a
 * code that ISO 3166-1 lists maps to its alpha-3 code; a historical state (East Germany, the Papal States...) is a
 * state of its own with its years. The same tables name the states for matching country names.
 */
public final class CowStates {

    static final String CROSSWALK = "/assets/crosswalk/cow-iso3-crosswalk.csv";
    static final String HISTORICAL = "/assets/crosswalk/historical-states.csv";
    static final String VARIANTS = "/assets/crosswalk/country-name-variants.csv";

    private static final CowStates BUNDLED = load();

    private final Map<Integer, State> byCowCode;
    private final Map<String, State> historicalByCode;
    private final Map<String, String> namesByCode;

    private CowStates(Map<Integer, State> byCowCode, Map<String, State> historicalByCode,
                      Map<String, String> namesByCode) {
        this.byCowCode = byCowCode;
        this.historicalByCode = historicalByCode;
        this.namesByCode = namesByCode;
    }

    public static CowStates bundled() {
        return BUNDLED;
    }

    /** The state of a COW code: an ISO state named as ISO names it, or a historical state with its years. */
    public Optional<State> ofCowCode(int cowCode) {
        return Optional.ofNullable(byCowCode.get(cowCode));
    }

    /** The historical states, by their codes in this program. */
    public Map<String, State> historical() {
        return historicalByCode;
    }

    /** The crosswalk's own name for each code it maps to (it may differ from the ISO name). */
    Map<String, String> crosswalkNames() {
        return namesByCode;
    }

    private static CowStates load() {
        StateReference iso = StateReference.bundled();
        Map<String, State> historical = new HashMap<>();
        Map<Integer, State> byCowCode = new HashMap<>();
        for (List<String> row : rows(HISTORICAL)) {
            PartialDate start = row.get(3).isEmpty() ? null : PartialDate.parse(row.get(3));
            PartialDate end = row.size() < 5 || row.get(4).isEmpty() ? null : PartialDate.parse(row.get(4));
            State state = new State(row.get(1), row.get(2), start, end);
            historical.put(state.code(), state);
            byCowCode.put(Integer.parseInt(row.get(0)), state);
        }
        Map<String, String> names = new HashMap<>();
        for (List<String> row : rows(CROSSWALK)) {
            String isoCode = row.get(2);
            int cowCode = Integer.parseInt(row.get(4));
            if (!isoCode.isEmpty() && iso.knows(isoCode)) {
                byCowCode.putIfAbsent(cowCode, new State(isoCode, iso.nameOf(isoCode).orElseThrow()));
                names.put(isoCode, row.get(1));
            } else if (byCowCode.containsKey(cowCode)) {
                names.put(byCowCode.get(cowCode).code(), row.get(1));
            }
        }
        return new CowStates(Map.copyOf(byCowCode), Map.copyOf(historical), Map.copyOf(names));
    }

    /** The rows of a bundled table after its header. */
    static List<List<String>> rows(String resource) {
        try (InputStream in = CowStates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The table " + resource + " is missing from the program");
            }
            List<List<String>> rows = new ArrayList<>();
            try (CsvRows csv = new CsvRows(in, resource)) {
                csv.next();
                for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                    rows.add(row.cells());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatasetFormatException e) {
            throw new IllegalStateException("The table " + resource + " is broken: " + e.getMessage(), e);
        }
    }
}
