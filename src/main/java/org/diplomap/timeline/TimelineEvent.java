package org.diplomap.timeline;

import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;

/**
 * Something that happens on the timeline: a narrative event, or the start or end of a tie.
 * {@code tie} is set for tie starts and ends, {@code event} for narrative events.
 */
public record TimelineEvent(PartialDate date, Kind kind, String title, String source, Tie tie, Event event) {

    public enum Kind { NARRATIVE, TIE_START, TIE_END }
}
