package org.diplomap.io;

import java.util.List;

/** A change as the change log keeps it: each row before and after, in the fields of the dataset file. */
record ChangeJson(String description, List<StateRow> states, List<TieRow> ties, List<EventRow> events) {

    record StateRow(StateJson before, StateJson after) {
    }

    record TieRow(TieJson before, TieJson after) {
    }

    record EventRow(EventJson before, EventJson after) {
    }
}
