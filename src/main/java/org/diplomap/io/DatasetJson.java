package org.diplomap.io;

import java.util.List;

/** The dataset file as Jackson reads and writes it; dates stay text so that their precision and errors are ours. */
record DatasetJson(String format, Integer version, String title,
                   List<StateJson> states, List<TieJson> ties, List<EventJson> events, List<ViewJson> views) {
}
