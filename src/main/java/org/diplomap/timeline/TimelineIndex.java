package org.diplomap.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieSelection;
import org.diplomap.model.TieType;

/**
 * The network at any date, answered from memory. Every tie start and end is a change; the changes are kept
 * sorted by day, and every {@value #KEYFRAME_INTERVAL} changes the set of active ties is stored as a bit set
 * (a keyframe). The network at D is the keyframe before D plus at most {@value #KEYFRAME_INTERVAL} changes,
 * so a seek never replays the whole history; the changes between two dates are read straight from the list.
 * A snapshot's ties are a {@link TieSelection}: the words of the keyframe with those changes applied, over the
 * ties stored in snapshot order, not a copied list. An edit of a few ties gives a new index made from this one
 * ({@link #updated}) instead of one built again from the whole dataset. Immutable, so any thread may ask it.
 */
public final class TimelineIndex {

    static final int KEYFRAME_INTERVAL = 256;

    /** A state's ties: by start, ties starting together in {@link Tie#ORDER}. */
    private static final Comparator<Tie> BY_START = Comparator.comparing(Tie::start).thenComparing(Tie.ORDER);

    /**
     * The timeline's order: by day, a narrative event before starts and starts before ends; among events of one
     * day and kind, narrative events as the dataset lists them (kept by a stable sort) and ties in {@link Tie#ORDER}.
     */
    private static final Comparator<TimelineEvent> EVENT_ORDER = Comparator
            .comparing((TimelineEvent e) -> e.date().firstDay())
            .thenComparing(TimelineEvent::kind)
            .thenComparing((a, b) -> a.tie() == null || b.tie() == null ? 0 : Tie.ORDER.compare(a.tie(), b.tie()));

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
    /** First day (epoch day) of each tie of {@link #ties}. */
    private final long[] tieStarts;
    /** Day each tie of {@link #ties} ends, or Long.MAX_VALUE when it is open. */
    private final long[] tieEnds;
    private final List<TimelineEvent> events;
    private final long[] eventDays;
    private final String title;

    private TimelineIndex(Dataset dataset) {
        this.title = dataset.title();
        this.ties = dataset.ties().stream().sorted(Tie.ORDER).toArray(Tie[]::new);
        this.states = dataset.states().stream().sorted(Comparator.comparing(State::code)).toList();
        this.statesByCode = states.stream().collect(Collectors.toUnmodifiableMap(State::code, Function.identity()));
        this.stateStarts = stateStarts(states);
        this.stateEnds = stateEnds(states);
        this.tieStarts = tieStarts(ties);
        this.tieEnds = tieEnds(ties);

        tiesByState = tiesByState(ties);

        int changeCount = 0;
        for (Tie tie : ties) {
            changeCount += tie.end() == null ? 1 : 2;
        }
        long[] packed = new long[changeCount];
        int next = 0;
        for (int i = 0; i < ties.length; i++) {
            packed[next++] = pack(tieStarts[i], i);
            if (ties[i].end() != null) {
                packed[next++] = pack(tieEnds[i], i);
            }
        }
        Arrays.sort(packed);
        changeDays = new long[changeCount];
        changeTies = new int[changeCount];
        unpack(packed, changeDays, changeTies);
        keyframes = keyframes(changeTies, ties.length);

        events = timelineEvents(dataset.events());
        eventDays = eventDays(events);
    }

    /**
     * This index after an edit of ties only (see {@link #updated}): {@code removed} are positions in this index's
     * ties, ascending; {@code added} are new ties in {@link Tie#ORDER}. Everything is spliced from this index's
     * arrays, found by halving them: walking every tie or event through its objects would cost as much as the
     * edit saves.
     */
    private TimelineIndex(TimelineIndex before, Dataset data, int[] removed, Tie[] added) {
        this.title = data.title();
        this.states = data.states().stream().sorted(Comparator.comparing(State::code)).toList();
        this.statesByCode = states.stream().collect(Collectors.toUnmodifiableMap(State::code, Function.identity()));
        this.stateStarts = stateStarts(states);
        this.stateEnds = stateEnds(states);

        // Where each added tie goes among the old ones, and from that where every old tie goes (-1: removed).
        int oldCount = before.ties.length;
        int[] insertedAt = new int[added.length];
        for (int a = 0; a < added.length; a++) {
            insertedAt[a] = upperBound(before.ties, added[a]);
        }
        int[] newPosition = new int[oldCount];
        int[] addedPosition = new int[added.length];
        int r = 0;
        int a = 0;
        for (int i = 0; i <= oldCount; i++) {
            while (a < added.length && insertedAt[a] == i) {
                addedPosition[a] = i - r + a;
                a++;
            }
            if (i == oldCount) {
                break;
            }
            if (r < removed.length && removed[r] == i) {
                newPosition[i] = -1;
                r++;
            } else {
                newPosition[i] = i - r + a;
            }
        }
        int tieCount = oldCount - removed.length + added.length;
        ties = new Tie[tieCount];
        tieStarts = new long[tieCount];
        tieEnds = new long[tieCount];
        for (int i = 0; i < oldCount; i++) {
            int to = newPosition[i];
            if (to >= 0) {
                ties[to] = before.ties[i];
                tieStarts[to] = before.tieStarts[i];
                tieEnds[to] = before.tieEnds[i];
            }
        }
        for (a = 0; a < added.length; a++) {
            int at = addedPosition[a];
            ties[at] = added[a];
            tieStarts[at] = added[a].start().firstDay().toEpochDay();
            tieEnds[at] = added[a].end() == null ? Long.MAX_VALUE : added[a].end().firstDay().toEpochDay();
        }

        // The changes of the kept ties stay in order when renumbered; those of the added ties are merged in.
        long[] addedChanges = new long[added.length * 2];
        int addedCount = 0;
        for (a = 0; a < added.length; a++) {
            int at = addedPosition[a];
            addedChanges[addedCount++] = pack(tieStarts[at], at);
            if (tieEnds[at] != Long.MAX_VALUE) {
                addedChanges[addedCount++] = pack(tieEnds[at], at);
            }
        }
        Arrays.sort(addedChanges, 0, addedCount);
        int removedChanges = 0;
        for (int gone : removed) {
            removedChanges += before.tieEnds[gone] == Long.MAX_VALUE ? 1 : 2;
        }
        int changeCount = before.changeTies.length - removedChanges + addedCount;
        changeDays = new long[changeCount];
        changeTies = new int[changeCount];
        int c = 0;
        int n = 0;
        for (a = 0; a <= addedCount; a++) {
            long bound = a == addedCount ? Long.MAX_VALUE : addedChanges[a];
            while (c < before.changeTies.length) {
                int position = newPosition[before.changeTies[c]];
                if (position >= 0) {
                    if (pack(before.changeDays[c], position) > bound) {
                        break;
                    }
                    changeDays[n] = before.changeDays[c];
                    changeTies[n++] = position;
                }
                c++;
            }
            if (a < addedCount) {
                changeDays[n] = addedChanges[a] >> 32;
                changeTies[n++] = (int) addedChanges[a];
            }
        }
        keyframes = keyframes(changeTies, ties.length);

        // The lists of the states the edit touches are changed; the others are kept.
        Map<String, List<Tie>> byState = new HashMap<>(before.tiesByState);
        for (int gone : removed) {
            Tie tie = before.ties[gone];
            for (String code : tie.from().equals(tie.to()) ? List.of(tie.from()) : List.of(tie.from(), tie.to())) {
                List<Tie> ofState = new ArrayList<>(byState.get(code));
                ofState.remove(Collections.binarySearch(ofState, tie, BY_START));
                if (ofState.isEmpty()) {
                    byState.remove(code);
                } else {
                    byState.put(code, Collections.unmodifiableList(ofState));
                }
            }
        }
        for (Tie tie : added) {
            for (String code : tie.from().equals(tie.to()) ? List.of(tie.from()) : List.of(tie.from(), tie.to())) {
                List<Tie> ofState = new ArrayList<>(byState.getOrDefault(code, List.of()));
                int at = Collections.binarySearch(ofState, tie, BY_START);
                ofState.add(at < 0 ? -at - 1 : at, tie);
                byState.put(code, Collections.unmodifiableList(ofState));
            }
        }
        tiesByState = Map.copyOf(byState);

        // The events: those of the removed ties go, those of the added are put in their place.
        int[] eventsRemoved = new int[removedChanges];
        int e = 0;
        for (int gone : removed) {
            for (TimelineEvent event : tieEvents(before.ties[gone])) {
                eventsRemoved[e++] = Collections.binarySearch(before.events, event, EVENT_ORDER);
            }
        }
        Arrays.sort(eventsRemoved);
        List<TimelineEvent> eventsAdded = new ArrayList<>();
        for (Tie tie : added) {
            eventsAdded.addAll(tieEvents(tie));
        }
        eventsAdded.sort(EVENT_ORDER);
        int[] eventsInsertedAt = new int[eventsAdded.size()];
        for (int i = 0; i < eventsInsertedAt.length; i++) {
            int at = Collections.binarySearch(before.events, eventsAdded.get(i), EVENT_ORDER);
            // A removed tie's event may compare equal (a tie ended, say): the new one goes after it.
            eventsInsertedAt[i] = at < 0 ? -at - 1 : at + 1;
        }
        Object[] oldEvents = before.events.toArray();
        TimelineEvent[] all = new TimelineEvent[oldEvents.length - eventsRemoved.length + eventsAdded.size()];
        long[] days = new long[all.length];
        int from = 0;
        int to = 0;
        int removedNext = 0;
        int addedNext = 0;
        while (from < oldEvents.length || addedNext < eventsAdded.size()) {
            // The next place where something happens: an event removed, or one inserted before an old one.
            int stop = oldEvents.length;
            if (removedNext < eventsRemoved.length) {
                stop = Math.min(stop, eventsRemoved[removedNext]);
            }
            if (addedNext < eventsInsertedAt.length) {
                stop = Math.min(stop, eventsInsertedAt[addedNext]);
            }
            int length = stop - from;
            System.arraycopy(oldEvents, from, all, to, length);
            System.arraycopy(before.eventDays, from, days, to, length);
            from = stop;
            to += length;
            if (addedNext < eventsInsertedAt.length && eventsInsertedAt[addedNext] == from) {
                TimelineEvent event = eventsAdded.get(addedNext++);
                all[to] = event;
                days[to++] = event.date().firstDay().toEpochDay();
            } else if (removedNext < eventsRemoved.length && eventsRemoved[removedNext] == from) {
                removedNext++;
                from++;
            }
        }
        events = Collections.unmodifiableList(Arrays.asList(all));
        eventDays = days;
    }

    /** The number of ties of {@code sorted} that come before {@code tie} or with it in {@link Tie#ORDER}. */
    private static int upperBound(Tie[] sorted, Tie tie) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Tie.ORDER.compare(sorted[mid], tie) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public static TimelineIndex of(Dataset dataset) {
        return new TimelineIndex(dataset);
    }

    /**
     * The index of {@code data}, which is this index's data with {@code change} applied: the same answers as
     * {@code TimelineIndex.of(data)}. An edit of ties (and of states that only come or go with them) is worked into
     * a copy of this index's arrays, in time proportional to the number of ties rather than a sort of them all and
     * of their events; an edit of events or of a state's name or dates builds the index again.
     */
    public TimelineIndex updated(Dataset data, Change change) {
        boolean statesChange = change.states().stream().anyMatch(s -> s.before() != null && s.after() != null);
        if (!change.events().isEmpty() || statesChange) {
            return of(data);
        }
        Set<Tie> replacedBefore = new HashSet<>();
        List<Tie> added = new ArrayList<>();
        for (Change.Replacement<Tie> replacement : change.ties()) {
            if (replacement.before() != null) {
                replacedBefore.add(replacement.before());
            }
            if (replacement.after() != null) {
                added.add(replacement.after());
            }
        }
        int[] removed = new int[replacedBefore.size()];
        int r = 0;
        for (Tie tie : replacedBefore) {
            int at = Arrays.binarySearch(ties, tie, Tie.ORDER);
            if (at < 0 || !ties[at].equals(tie)) {
                // Not what this index holds: build it from the data rather than guess.
                return of(data);
            }
            removed[r++] = at;
        }
        Arrays.sort(removed);
        Tie[] addedSorted = added.stream().sorted(Tie.ORDER).toArray(Tie[]::new);
        return new TimelineIndex(this, data, removed, addedSorted);
    }

    private static long[] stateStarts(List<State> states) {
        return states.stream()
                .mapToLong(s -> s.start() == null ? Long.MIN_VALUE : s.start().firstDay().toEpochDay()).toArray();
    }

    private static long[] stateEnds(List<State> states) {
        return states.stream()
                .mapToLong(s -> s.end() == null ? Long.MAX_VALUE : s.end().firstDay().toEpochDay()).toArray();
    }

    private static long[] tieStarts(Tie[] ties) {
        long[] starts = new long[ties.length];
        for (int i = 0; i < ties.length; i++) {
            starts[i] = ties[i].start().firstDay().toEpochDay();
        }
        return starts;
    }

    private static long[] tieEnds(Tie[] ties) {
        long[] ends = new long[ties.length];
        for (int i = 0; i < ties.length; i++) {
            ends[i] = ties[i].end() == null ? Long.MAX_VALUE : ties[i].end().firstDay().toEpochDay();
        }
        return ends;
    }

    private static void unpack(long[] packed, long[] days, int[] tieIndexes) {
        for (int c = 0; c < packed.length; c++) {
            days[c] = packed[c] >> 32;
            tieIndexes[c] = (int) packed[c];
        }
    }

    /** The active ties after every {@value #KEYFRAME_INTERVAL} changes, from the start. */
    private static long[][] keyframes(int[] changeTies, int tieCount) {
        int changeCount = changeTies.length;
        long[][] frames = new long[changeCount / KEYFRAME_INTERVAL + 1][];
        long[] active = new long[(tieCount + 63) / 64];
        for (int c = 0; c <= changeCount; c++) {
            if (c % KEYFRAME_INTERVAL == 0) {
                frames[c / KEYFRAME_INTERVAL] = active.clone();
            }
            if (c < changeCount) {
                flip(active, changeTies[c]);
            }
        }
        return frames;
    }

    private static long[] eventDays(List<TimelineEvent> events) {
        long[] days = new long[events.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = events.get(i).date().firstDay().toEpochDay();
        }
        return days;
    }

    private static Map<String, List<Tie>> tiesByState(Tie[] ties) {
        Tie[] byStart = ties.clone();
        Arrays.sort(byStart, BY_START);
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
        // The ties are stored in snapshot order, so the words read in order give the list sorted.
        return new Snapshot(day, statesOn(day), TieSelection.of(ties, activeAfter(changesUpTo(day))));
    }

    /** What changes when the date moves from {@code from} to {@code to} (either direction). */
    public SnapshotDiff diff(LocalDate from, LocalDate to) {
        int fromCount = changesUpTo(from);
        int toCount = changesUpTo(to);
        int low = Math.min(fromCount, toCount);
        int high = Math.max(fromCount, toCount);
        long toDay = to.toEpochDay();
        // A tie changed by the move iff it toggles an odd number of times between the two positions. Both lists
        // come out in snapshot order, as the ties are stored.
        List<Tie> added = new ArrayList<>();
        List<Tie> removed = new ArrayList<>();
        int words = (ties.length + 63) / 64;
        if (high - low < words) {
            // A short move (a step): sort the few changed ties instead of walking a word per 64 ties.
            int[] changed = Arrays.copyOfRange(changeTies, low, high);
            Arrays.sort(changed);
            for (int i = 0; i < changed.length; ) {
                int tie = changed[i];
                int times = 0;
                while (i < changed.length && changed[i] == tie) {
                    times++;
                    i++;
                }
                if (times % 2 == 1) {
                    (isActiveOn(tie, toDay) ? added : removed).add(ties[tie]);
                }
            }
        } else {
            long[] toggled = new long[words];
            for (int c = low; c < high; c++) {
                flip(toggled, changeTies[c]);
            }
            for (int w = 0; w < toggled.length; w++) {
                long word = toggled[w];
                while (word != 0) {
                    int tie = w * 64 + Long.numberOfTrailingZeros(word);
                    (isActiveOn(tie, toDay) ? added : removed).add(ties[tie]);
                    word &= word - 1;
                }
            }
        }
        long fromDay = from.toEpochDay();
        List<State> statesAdded = new ArrayList<>();
        List<State> statesRemoved = new ArrayList<>();
        for (int i = 0; i < stateStarts.length; i++) {
            boolean before = stateStarts[i] <= fromDay && fromDay < stateEnds[i];
            boolean after = stateStarts[i] <= toDay && toDay < stateEnds[i];
            if (after && !before) {
                statesAdded.add(states.get(i));
            } else if (before && !after) {
                statesRemoved.add(states.get(i));
            }
        }
        return new SnapshotDiff(from, to, added, removed, statesAdded, statesRemoved);
    }

    private boolean isActiveOn(int tie, long epochDay) {
        return tieStarts[tie] <= epochDay && epochDay < tieEnds[tie];
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
            all.addAll(tieEvents(tie));
        }
        all.sort(EVENT_ORDER);
        return List.copyOf(all);
    }

    private List<TimelineEvent> tieEvents(Tie tie) {
        TimelineEvent start = new TimelineEvent(tie.start(), TimelineEvent.Kind.TIE_START,
                pairName(tie) + ": " + tie.type().label() + " begins", tie.source(), tie, null);
        if (tie.end() == null) {
            return List.of(start);
        }
        return List.of(start, new TimelineEvent(tie.end(), TimelineEvent.Kind.TIE_END,
                pairName(tie) + ": " + tie.type().label() + " ends", tie.source(), tie, null));
    }

    private String pairName(Tie tie) {
        return nameOf(tie.from()) + " \u2192 " + nameOf(tie.to());
    }

    private String nameOf(String code) {
        State state = statesByCode.get(code);
        return state == null ? code : state.name();
    }
}
