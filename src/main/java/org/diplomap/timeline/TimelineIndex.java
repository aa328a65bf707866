package org.diplomap.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The network at any date, answered from memory. Every tie start and end is a change; the changes are kept
 * sorted by day, and every {@value #KEYFRAME_INTERVAL} changes the set of active ties is stored as a bit set
 * (a keyframe). The network at D is the keyframe before D plus at most {@value #KEYFRAME_INTERVAL} changes,
 * so a seek never replays the whole history; the changes between two dates are read straight from the list.
 * Immutable, so any thread may ask it.
 */
public final class TimelineIndex {

    static final int KEYFRAME_INTERVAL = 256;

    private final Tie[] ties;
    private final List<State> states;
    private final Map<String, State> statesByCode;
    /** The ties from or to each state code, by start; built once so that a state's ties need no scan. */
    private final Map<String, List<Tie>> tiesByState;
    /** Day (epoch day) of each change, ascending. */
    private final long[] changeDays;
    /** Index into {@link #ties} of each change; a tie's start and end are both changes and toggle it. */
    private final int[] changeTies;
    /**
     * keyframes[k] = active ties after the first k * KEYFRAME_INTERVAL changes, as the words of a bit set (bit i of
     * the set is bit {@code i % 64} of word {@code i / 64}): plain words copy and walk faster than a BitSet.
     */
    private final long[][] keyframes;
    /** First day of each state (of {@link #states}), or Long.MIN_VALUE when it has always existed. */
    private final long[] stateStarts;
    /** Day each state ends (does not exist any more), or Long.MAX_VALUE. */
    private final long[] stateEnds;
    private final List<TimelineEvent> events;
    private final long[] eventDays;
    private final String title;

    private TimelineIndex(Dataset dataset) {
        this.title = dataset.title();
        this.ties = dataset.ties().stream().sorted(Tie.ORDER).toArray(Tie[]::new);
        this.states = dataset.states().stream().sorted(Comparator.comparing(State::code)).toList();
        this.statesByCode = states.stream().collect(Collectors.toUnmodifiableMap(State::code, Function.identity()));

        tiesByState = tiesByState(ties);

        int changeCount = 0;
        for (Tie tie : ties) {
            changeCount += tie.end() == null ? 1 : 2;
        }
        long[] packed = new long[changeCount];
        int next = 0;
        for (int i = 0; i < ties.length; i++) {
            packed[next++] = pack(ties[i].start().firstDay().toEpochDay(), i);
            if (ties[i].end() != null) {
                packed[next++] = pack(ties[i].end().firstDay().toEpochDay(), i);
            }
        }
        Arrays.sort(packed);
        changeDays = new long[changeCount];
        changeTies = new int[changeCount];
        for (int c = 0; c < changeCount; c++) {
            changeDays[c] = packed[c] >> 32;
            changeTies[c] = (int) packed[c];
        }

        keyframes = new long[changeCount / KEYFRAME_INTERVAL + 1][];
        long[] active = new long[(ties.length + 63) / 64];
        for (int c = 0; c <= changeCount; c++) {
            if (c % KEYFRAME_INTERVAL == 0) {
                keyframes[c / KEYFRAME_INTERVAL] = active.clone();
            }
            if (c < changeCount) {
                flip(active, changeTies[c]);
            }
        }
        stateStarts = states.stream().mapToLong(s -> s.start() == null ? Long.MIN_VALUE : s.start().firstDay().toEpochDay())
                .toArray();
        stateEnds = states.stream().mapToLong(s -> s.end() == null ? Long.MAX_VALUE : s.end().firstDay().toEpochDay())
                .toArray();

        events = timelineEvents(dataset.events());
        eventDays = events.stream().mapToLong(e -> e.date().firstDay().toEpochDay()).toArray();
    }

    public static TimelineIndex of(Dataset dataset) {
        return new TimelineIndex(dataset);
    }

    private static Map<String, List<Tie>> tiesByState(Tie[] ties) {
        Tie[] byStart = ties.clone();
        Arrays.sort(byStart, Comparator.comparing(Tie::start).thenComparing(Tie.ORDER));
        Map<String, List<Tie>> byState = new HashMap<>();
        for (Tie tie : byStart) {
            byState.computeIfAbsent(tie.from(), code -> new ArrayList<>()).add(tie);
            // A tie of a state to itself is one tie of that state, not two.
            if (!tie.to().equals(tie.from())) {
                byState.computeIfAbsent(tie.to(), code -> new ArrayList<>()).add(tie);
            }
        }
        Map<String, List<Tie>> frozen = new HashMap<>(byState.size() * 4 / 3 + 1);
        byState.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    /** Day in the high bits, tie index in the low: sorting the longs sorts the changes by day. */
    private static long pack(long epochDay, int tieIndex) {
        return (epochDay << 32) | tieIndex;
    }

    public String title() {
        return title;
    }

    /** Every state of the dataset, by code, whether or not it exists at a given date. */
    public List<State> states() {
        return states;
    }

    public Optional<State> state(String code) {
        return Optional.ofNullable(statesByCode.get(code));
    }

    public int tieCount() {
        return ties.length;
    }

    /** Every tie of the dataset, in {@link Tie#ORDER}. */
    public List<Tie> ties() {
        return List.of(ties);
    }

    /**
     * Every tie from or to a state, over all dates, by start (ties starting together in {@link Tie#ORDER});
     * empty for a code with no tie.
     */
    public List<Tie> tiesOf(String code) {
        return tiesByState.getOrDefault(code, List.of());
    }

    /** The ties from or to a state that are active on {@code day}, by start. */
    public List<Tie> activeTiesOf(String code, LocalDate day) {
        return tiesOf(code).stream().filter(tie -> tie.isActiveOn(day)).toList();
    }

    /** The network as it stood on {@code day}. */
    public Snapshot snapshotAt(LocalDate day) {
        long[] active = activeAfter(changesUpTo(day));
        int count = 0;
        for (long word : active) {
            count += Long.bitCount(word);
        }
        Tie[] activeTies = new Tie[count];
        int next = 0;
        // The ties are stored in snapshot order, so walking the bits in order gives the list sorted.
        for (int w = 0; w < active.length; w++) {
            long word = active[w];
            while (word != 0) {
                activeTies[next++] = ties[w * 64 + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
            }
        }
        // An immutable list already: the snapshot keeps it without copying it again.
        return new Snapshot(day, statesOn(day), List.of(activeTies));
    }

    /** What changes when the date moves from {@code from} to {@code to} (either direction). */
    public SnapshotDiff diff(LocalDate from, LocalDate to) {
        int fromCount = changesUpTo(from);
        int toCount = changesUpTo(to);
        int low = Math.min(fromCount, toCount);
        int high = Math.max(fromCount, toCount);
        // A tie changed by the move iff it toggles an odd number of times between the two positions. The ties are
        // stored in snapshot order, so reading the toggled bits in order gives both lists sorted.
        long[] toggled = new long[(ties.length + 63) / 64];
        for (int c = low; c < high; c++) {
            flip(toggled, changeTies[c]);
        }
        List<Tie> added = new ArrayList<>();
        List<Tie> removed = new ArrayList<>();
        for (int w = 0; w < toggled.length; w++) {
            long word = toggled[w];
            while (word != 0) {
                Tie tie = ties[w * 64 + Long.numberOfTrailingZeros(word)];
                (tie.isActiveOn(to) ? added : removed).add(tie);
                word &= word - 1;
            }
        }
        List<State> statesAdded = new ArrayList<>();
        List<State> statesRemoved = new ArrayList<>();
        for (State state : states) {
            boolean before = state.existsOn(from);
            boolean after = state.existsOn(to);
            if (after && !before) {
                statesAdded.add(state);
            } else if (before && !after) {
                statesRemoved.add(state);
            }
        }
        return new SnapshotDiff(from, to, added, removed, statesAdded, statesRemoved);
    }

    /**
     * The number of active ties of each type on {@code samples} days spread evenly from {@code from} to
     * {@code to} (both included; fewer days when the span has fewer). With a {@code focusCode}, only the ties
     * from or to that state count. One pass over the changes: the cost grows with changes plus samples, so a
     * chart of a large history does not take a snapshot per sample.
     */
    public List<TypeCounts> countsOverTime(LocalDate from, LocalDate to, int samples, String focusCode) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, not " + samples);
        }
        long first = from.toEpochDay();
        long span = to.toEpochDay() - first;
        int count = (int) Math.min(samples, span + 1);
        List<TypeCounts> result = new ArrayList<>(count);
        int[] counts = new int[TieType.values().length];
        // Whether a change starts or ends its tie is known by toggling, as in the keyframes; the dates alone
        // would not tell a tie that starts and ends on the same day.
        BitSet active = new BitSet(ties.length);
        int c = 0;
        for (int i = 0; i < count; i++) {
            long day = count == 1 ? first : first + Math.round((double) i * span / (count - 1));
            while (c < changeDays.length && changeDays[c] <= day) {
                int tie = changeTies[c++];
                active.flip(tie);
                if (focusCode == null || ties[tie].from().equals(focusCode) || ties[tie].to().equals(focusCode)) {
                    counts[ties[tie].type().ordinal()] += active.get(tie) ? 1 : -1;
                }
            }
            result.add(new TypeCounts(LocalDate.ofEpochDay(day), counts));
        }
        return result;
    }

    /** Every event of the timeline, narrative and tie starts and ends, by date. */
    public List<TimelineEvent> events() {
        return events;
    }

    /** The number of events on or before {@code day}: the current event is {@code events().get(n - 1)}. */
    public int eventsUpTo(LocalDate day) {
        return upperBound(eventDays, day.toEpochDay());
    }

    /**
     * The position in {@link #events()} of the current event at {@code day}, the one the event list highlights and
     * the caption and the date line tell; -1 before the first event. On a day with events it is one of them: a
     * narrative event before the starts and ends of ties, since it tells why they happened (a UN resolution, not
     * the first of the breaks it caused), and the last of the day among events of one kind. On a day without it is
     * the last event before.
     */
    public int currentEventAt(LocalDate day) {
        int from = lowerBound(eventDays, day.toEpochDay());
        int to = upperBound(eventDays, day.toEpochDay());
        for (int i = to - 1; i >= from; i--) {
            if (events.get(i).kind() == TimelineEvent.Kind.NARRATIVE) {
                return i;
            }
        }
        return to - 1;
    }

    /** The first day after {@code day} on which something happens. */
    public Optional<LocalDate> nextEventDay(LocalDate day) {
        int i = upperBound(eventDays, day.toEpochDay());
        return i < eventDays.length ? Optional.of(LocalDate.ofEpochDay(eventDays[i])) : Optional.empty();
    }

    /** The last day before {@code day} on which something happens. */
    public Optional<LocalDate> previousEventDay(LocalDate day) {
        int i = lowerBound(eventDays, day.toEpochDay()) - 1;
        return i >= 0 ? Optional.of(LocalDate.ofEpochDay(eventDays[i])) : Optional.empty();
    }

    /** The events that happen on {@code day}. */
    public List<TimelineEvent> eventsOn(LocalDate day) {
        int from = lowerBound(eventDays, day.toEpochDay());
        int to = upperBound(eventDays, day.toEpochDay());
        return events.subList(from, to);
    }

    /** The first day of the data, or empty for an empty dataset. */
    public Optional<LocalDate> firstDay() {
        return eventDays.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(eventDays[0]));
    }

    /** The last day on which something happens, or empty for an empty dataset. */
    public Optional<LocalDate> lastDay() {
        return eventDays.length == 0
                ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(eventDays[eventDays.length - 1]));
    }

    private List<State> statesOn(LocalDate day) {
        long epochDay = day.toEpochDay();
        State[] existing = new State[states.size()];
        int count = 0;
        for (int i = 0; i < existing.length; i++) {
            if (stateStarts[i] <= epochDay && epochDay < stateEnds[i]) {
                existing[count++] = states.get(i);
            }
        }
        return List.of(Arrays.copyOf(existing, count));
    }

    private int changesUpTo(LocalDate day) {
        return upperBound(changeDays, day.toEpochDay());
    }

    private long[] activeAfter(int changeCount) {
        int keyframe = changeCount / KEYFRAME_INTERVAL;
        long[] active = keyframes[keyframe].clone();
        for (int c = keyframe * KEYFRAME_INTERVAL; c < changeCount; c++) {
            flip(active, changeTies[c]);
        }
        return active;
    }

    private static void flip(long[] words, int bit) {
        words[bit >>> 6] ^= 1L << bit;
    }

    /** The number of values <= key in a sorted array. */
    private static int upperBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The number of values < key in a sorted array. */
    private static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private List<TimelineEvent> timelineEvents(List<Event> narrative) {
        List<TimelineEvent> all = new ArrayList<>();
        for (Event event : narrative) {
            all.add(new TimelineEvent(event.date(), TimelineEvent.Kind.NARRATIVE, event.title(), event.source(),
                    null, event));
        }
        for (Tie tie : ties) {
            all.add(new TimelineEvent(tie.start(), TimelineEvent.Kind.TIE_START,
                    pairName(tie) + ": " + tie.type().label() + " begins", tie.source(), tie, null));
            if (tie.end() != null) {
                all.add(new TimelineEvent(tie.end(), TimelineEvent.Kind.TIE_END,
                        pairName(tie) + ": " + tie.type().label() + " ends", tie.source(), tie, null));
            }
        }
        all.sort(Comparator.comparing((TimelineEvent e) -> e.date().firstDay()).thenComparing(TimelineEvent::kind));
        return List.copyOf(all);
    }

    private String pairName(Tie tie) {
        return nameOf(tie.from()) + " \u2192 " + nameOf(tie.to());
    }

    private String nameOf(String code) {
        State state = statesByCode.get(code);
        return state == null ? code : state.name();
    }
}
