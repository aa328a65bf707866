package org.diplomap.store.h2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

/** A change applied to a dataset the plain way, in lists, for comparing with what the store did. */
final class Expected {

    private Expected() {
    }

    static Dataset applied(Dataset dataset, Change change) {
        List<State> states = new ArrayList<>(dataset.states());
        List<Tie> ties = new ArrayList<>(dataset.ties());
        List<Event> events = new ArrayList<>(dataset.events());
        for (Change.Replacement<State> r : change.states()) {
            if (r.before() != null) {
                states.removeIf(s -> s.code().equals(r.before().code()));
            }
            if (r.after() != null) {
                states.add(r.after());
            }
        }
        for (Change.Replacement<Tie> r : change.ties()) {
            if (r.before() != null) {
                ties.removeIf(t -> t.id().equals(r.before().id()));
            }
            if (r.after() != null) {
                ties.add(r.after());
            }
        }
        for (Change.Replacement<Event> r : change.events()) {
            if (r.before() != null) {
                events.removeIf(e -> e.date().equals(r.before().date()) && e.title().equals(r.before().title()));
            }
            if (r.after() != null) {
                events.add(r.after());
            }
        }
        return sorted(new Dataset(dataset.title(), states, ties, events, dataset.views()));
    }

    /** In the order the store loads: states by code, ties in {@link Tie#ORDER}, events by date and title. */
    static Dataset sorted(Dataset dataset) {
        return new Dataset(dataset.title(),
                dataset.states().stream().sorted(Comparator.comparing(State::code)).toList(),
                dataset.ties().stream().sorted(Tie.ORDER).toList(),
                dataset.events().stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::title)).toList(),
                dataset.views());
    }
}
