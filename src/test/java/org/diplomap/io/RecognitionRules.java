package org.diplomap.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplomap.model.Dataset;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The rule of the bundled cases, written in {@code assets/data/README.md}: establishing diplomatic relations implies
 * recognition from that day; no state recognises both Chinas on the same day; an ambassador tie never outlives the
 * recognition it rests on. Each check returns the breaches it finds, one line each, so that a test can show them.
 */
final class RecognitionRules {

    /** A documented breach of the one-government rule: the state, the day both recognitions begin, and why. */
    record Exception(String state, LocalDate from, String reason) {
    }

    private RecognitionRules() {
    }

    private static LocalDate start(Tie tie) {
        return tie.start().firstDay();
    }

    /** The day a tie ends, or null when it has not ended. */
    private static LocalDate end(Tie tie) {
        return tie.end() == null ? null : tie.end().firstDay();
    }

    private static boolean holdsOn(Tie tie, LocalDate day) {
        return !start(tie).isAfter(day) && (end(tie) == null || day.isBefore(end(tie)));
    }

    /** Ends no later than the other (an open end is the latest). */
    private static boolean endsByEndOf(Tie tie, Tie other) {
        return end(other) == null || (end(tie) != null && !end(tie).isAfter(end(other)));
    }

    private static List<Tie> ties(Dataset dataset, String from, String to, TieType type) {
        return dataset.ties().stream()
                .filter(t -> t.from().equals(from) && t.to().equals(to) && t.type() == type)
                .toList();
    }

    /**
     * Relations imply recognition: every ambassador tie to one of {@code governments} lies within a recognition tie
     * of the same pair, from its first day to its last.
     */
    static List<String> ambassadorsWithoutRecognition(Dataset dataset, Set<String> governments) {
        List<String> breaches = new ArrayList<>();
        for (Tie ambassador : dataset.ties()) {
            if (ambassador.type() != TieType.AMBASSADOR || !governments.contains(ambassador.to())) {
                continue;
            }
            boolean within = ties(dataset, ambassador.from(), ambassador.to(), TieType.RECOGNITION).stream()
                    .anyMatch(r -> holdsOn(r, start(ambassador)) && endsByEndOf(ambassador, r));
            if (!within) {
                breaches.add(ambassador.id() + " lies outside any recognition of " + ambassador.to());
            }
        }
        return breaches;
    }

    /** An ambassador tie that starts while the same pair has a recognition ends no later than that recognition. */
    static List<String> ambassadorsOutlivingRecognition(Dataset dataset) {
        List<String> breaches = new ArrayList<>();
        for (Tie ambassador : dataset.ties()) {
            if (ambassador.type() != TieType.AMBASSADOR) {
                continue;
            }
            for (Tie recognition : ties(dataset, ambassador.from(), ambassador.to(), TieType.RECOGNITION)) {
                if (holdsOn(recognition, start(ambassador)) && !endsByEndOf(ambassador, recognition)) {
                    breaches.add(ambassador.id() + " outlives " + recognition.id());
                }
            }
        }
        return breaches;
    }

    /** Days on which a state recognises both {@code one} and {@code other}, but for the documented exceptions. */
    static List<String> recognisingBoth(Dataset dataset, String one, String other, List<Exception> exceptions) {
        List<String> breaches = new ArrayList<>();
        Set<String> states = new TreeSet<>();
        dataset.ties().stream().filter(t -> t.type() == TieType.RECOGNITION).forEach(t -> states.add(t.from()));
        for (String state : states) {
            for (Tie a : ties(dataset, state, one, TieType.RECOGNITION)) {
                for (Tie b : ties(dataset, state, other, TieType.RECOGNITION)) {
                    LocalDate from = start(a).isAfter(start(b)) ? start(a) : start(b);
                    boolean overlap = holdsOn(a, from) && holdsOn(b, from);
                    boolean excused = exceptions.stream()
                            .anyMatch(e -> e.state().equals(state) && e.from().equals(from));
                    if (overlap && !excused) {
                        breaches.add(state + " recognises both " + one + " and " + other + " from " + from
                                + " (" + a.id() + ", " + b.id() + ")");
                    }
                }
            }
        }
        return breaches;
    }
}
