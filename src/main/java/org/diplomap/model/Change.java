package org.diplomap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One edit of the data, as the rows it replaces: each {@link Replacement} holds a state, tie or event as it was
 * ({@code before}, null when it is new) and as it becomes ({@code after}, null when it goes). Because both sides
 * are kept, the inverse of a change is the same rows with the sides swapped, which is what undo applies.
 *
 * @param description what the change does, in words ("Add tie RUS \u2192 AFG recognition")
 */
public record Change(String description, List<Replacement<State>> states, List<Replacement<Tie>> ties,
                     List<Replacement<Event>> events) {

    /** A row as it was and as it becomes; null on one side for a row that is added or removed. */
    public record Replacement<T>(T before, T after) {

        public Replacement {
            if (before == null && after == null) {
                throw new IllegalArgumentException("a replacement needs a row before or after");
            }
        }

        public Replacement<T> inverse() {
            return new Replacement<>(after, before);
        }
    }

    public Change {
        Objects.requireNonNull(description, "description");
        states = List.copyOf(states);
        ties = List.copyOf(ties);
        events = List.copyOf(events);
    }

    /** The change that puts back what this one replaced. */
    public Change inverse() {
        return new Change(description, inverted(states), inverted(ties), inverted(events));
    }

    private static <T> List<Replacement<T>> inverted(List<Replacement<T>> replacements) {
        List<Replacement<T>> inverse = new ArrayList<>(replacements.size());
        for (Replacement<T> replacement : replacements) {
            inverse.add(replacement.inverse());
        }
        return inverse;
    }

    /**
     * Adds a tie; {@code newStates} are the states it names that are not stored yet (a code of the reference
     * list), stored with it and removed with it on undo.
     */
    public static Change addTie(Tie tie, List<State> newStates) {
        return new Change("Add tie " + name(tie), added(newStates), List.of(new Replacement<>(null, tie)),
                List.of());
    }

    /** Changes any field of a tie, including those that name it (pair, type, start). */
    public static Change changeTie(Tie before, Tie after, List<State> newStates) {
        return new Change("Change tie " + name(after), added(newStates),
                List.of(new Replacement<>(before, after)), List.of());
    }

    /** Ends an open tie (or moves the end of an ended one) on {@code end}. */
    public static Change endTie(Tie tie, PartialDate end) {
        Tie ended = new Tie(tie.from(), tie.to(), tie.type(), tie.start(), end, tie.description(), tie.source(),
                tie.confidence());
        return new Change("End tie " + name(tie) + " on " + end, List.of(),
                List.of(new Replacement<>(tie, ended)), List.of());
    }

    public static Change addEvent(Event event) {
        return addEvent(event, List.of());
    }

    /** Adds an event; {@code newStates} are the states it names that are not stored yet, as for a tie. */
    public static Change addEvent(Event event, List<State> newStates) {
        return new Change("Add event " + event.date() + " " + event.title(), added(newStates), List.of(),
                List.of(new Replacement<>(null, event)));
    }

    public static Change changeEvent(Event before, Event after) {
        return changeEvent(before, after, List.of());
    }

    public static Change changeEvent(Event before, Event after, List<State> newStates) {
        return new Change("Change event " + after.date() + " " + after.title(), added(newStates), List.of(),
                List.of(new Replacement<>(before, after)));
    }

    public static Change addState(State state) {
        return new Change("Add state " + state.code() + " " + state.name(), List.of(new Replacement<>(null, state)),
                List.of(), List.of());
    }

    /** Changes a state's name, start or end; its code names it and stays. */
    public static Change changeState(State before, State after) {
        if (!before.code().equals(after.code())) {
            throw new IllegalArgumentException("a state keeps its code: " + before.code() + " is not " + after.code());
        }
        return new Change("Change state " + after.code() + " " + after.name(),
                List.of(new Replacement<>(before, after)), List.of(), List.of());
    }

    private static List<Replacement<State>> added(List<State> newStates) {
        return newStates.stream().map(s -> new Replacement<State>(null, s)).toList();
    }

    private static String name(Tie tie) {
        return tie.from() + " \u2192 " + tie.to() + " " + tie.type().code();
    }
}
