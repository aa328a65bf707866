package org.diplomap.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.diplomap.model.Confidence;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * Turns yearly observations of directed representation (host, sender, year, level) into ties. A tie holds from
 * the first year it is observed until the first later year of the file in which it is not (a year without a row
 * for the pair counts as not observed); a change of level ends one tie and starts the next in that year. A tie
 * still observed in the last year of the file has no end. Dates have year precision.
 *
 * <p>Only the observations are kept, a few numbers each, so a file of hundreds of thousands of rows needs little
 * memory; they are sorted at the end, so the rows may come in any order.
 */
final class YearlySpans {

    /** What a level of representation becomes: a tie type, how sure it is, and words for its description. */
    record Level(TieType type, Confidence confidence, String words) {
    }

    private record Observation(int host, int sender, int year, Level level, int line) {
    }

    private static final Comparator<Observation> ORDER = Comparator.comparingInt(Observation::host)
            .thenComparingInt(Observation::sender).thenComparingInt(Observation::year).thenComparingInt(Observation::line);

    private final String fileName;
    private final String source;
    private final List<State> states = new ArrayList<>();
    private final Map<String, Integer> indexOfCode = new HashMap<>();
    private final List<Observation> observations = new ArrayList<>();
    private final TreeSet<Integer> years = new TreeSet<>();

    YearlySpans(String fileName, String source) {
        this.fileName = fileName;
        this.source = source;
    }

    /** A year the file observes, whatever it observed in it. */
    void year(int year) {
        years.add(year);
    }

    /** {@code host} accepts an envoy of {@code sender} at {@code level} in {@code year}, as row {@code line} says. */
    void observe(State host, State sender, int year, Level level, int line) {
        years.add(year);
        observations.add(new Observation(index(host), index(sender), year, level, line));
    }

    private int index(State state) {
        return indexOfCode.computeIfAbsent(state.code(), code -> {
            states.add(state);
            return states.size() - 1;
        });
    }

    /** The states that the ties name, in the order first met. */
    List<State> states() {
        return states;
    }

    /**
     * The ties, with the line of the first row of each in {@code places}.
     *
     * @throws DatasetFormatException when two rows observe the same pair in the same year at different levels
     */
    List<Tie> ties(List<String> places) throws DatasetFormatException {
        observations.sort(ORDER);
        List<Tie> ties = new ArrayList<>();
        Observation first = null;
        Observation last = null;
        for (Observation next : observations) {
            boolean samePair = last != null && next.host == last.host && next.sender == last.sender;
            if (samePair && next.year == last.year) {
                if (!next.level.equals(last.level)) {
                    throw new DatasetFormatException(fileName, "line " + next.line, "a second row for "
                            + states.get(next.host).code() + " and " + states.get(next.sender).code() + " in "
                            + next.year + " with another level (the first is line " + last.line + ")");
                }
                continue;
            }
            boolean continues = samePair && next.level.equals(last.level) && Integer.valueOf(next.year)
                    .equals(years.higher(last.year));
            if (!continues && first != null) {
                ties.add(tie(first, last));
                places.add("line " + first.line);
                first = null;
            }
            if (first == null) {
                first = next;
            }
            last = next;
        }
        if (first != null) {
            ties.add(tie(first, last));
            places.add("line " + first.line);
        }
        observations.clear();
        return ties;
    }

    private Tie tie(Observation first, Observation last) {
        Integer end = years.higher(last.year);
        String observed = first.year == last.year ? "observed in " + first.year
                : "observed " + first.year + "-" + last.year;
        String description = first.level.words()
                .replace("{host}", states.get(first.host).name())
                .replace("{sender}", states.get(first.sender).name())
                + " (" + observed + (end == null ? ", the last year of the file" : "") + ")";
        return new Tie(states.get(first.host).code(), states.get(first.sender).code(), first.level.type(),
                yearDate(first.year), end == null ? null : yearDate(end), description, source, first.level.confidence());
    }

    private static PartialDate yearDate(int year) {
        return PartialDate.parse(String.format("%04d", year));
    }
}
