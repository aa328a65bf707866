package org.diplomap.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/** How many states recognise a government on a day, as the timeline index has the network that day. */
public final class RecognitionCounts {

    /** The number of states recognising a government on the last day of a year. */
    public record YearCount(int year, int count) {
    }

    private RecognitionCounts() {
    }

    /** The states with an active recognition tie to {@code recognised} on {@code day}. */
    public static Set<String> recognising(TimelineIndex index, String recognised, LocalDate day) {
        Set<String> states = new TreeSet<>();
        for (Tie tie : index.snapshotAt(day).ties()) {
            if (tie.type() == TieType.RECOGNITION && tie.to().equals(recognised)) {
                states.add(tie.from());
            }
        }
        return states;
    }

    public static int on(TimelineIndex index, String recognised, LocalDate day) {
        return recognising(index, recognised, day).size();
    }

    /** The count at each year's end (31 December) from {@code fromYear} to {@code toYear}, both included. */
    public static List<YearCount> atYearEnds(TimelineIndex index, String recognised, int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("the last year " + toYear + " is before the first " + fromYear);
        }
        List<YearCount> counts = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            counts.add(new YearCount(year, on(index, recognised, LocalDate.of(year, 12, 31))));
        }
        return counts;
    }
}
