package org.diplomap.ui.events;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.graph.TieStyle;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;

/**
 * Every event of the timeline, in date order, and which one is current ({@link TimelineIndex#currentEventAt}, or
 * the one chosen on that day). The caption and the date line tell this same event. Choosing an event moves the
 * window to its date through the go-to callback.
 *
 * <p>In the window: {@code events = new EventListViewModel(timeline::goTo)};
 * {@code events.dateProperty().bind(timeline.dateProperty())}; {@code events.setIndex(index)} on every new
 * index.
 */
public final class EventListViewModel {

    /** The colour of narrative events, which belong to no tie type. */
    public static final String NARRATIVE_COLOUR = "#404040";

    private final Consumer<LocalDate> goTo;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<TimelineEvent> currentEvent = new ReadOnlyObjectWrapper<>(this, "currentEvent");
    private TimelineIndex index;
    /** The event last chosen; it stays current while the date is its day, even if others share that day. */
    private int chosen = -1;

    /** @param goTo called with the day of an event the user chooses; it should move the timeline there. */
    public EventListViewModel(Consumer<LocalDate> goTo) {
        this.goTo = goTo;
        date.addListener((obs, old, day) -> updateCurrent());
    }

    public void setIndex(TimelineIndex index) {
        this.index = index;
        chosen = -1;
        events.setAll(index.events());
        updateCurrent();
    }

    /** The date whose event is current; bind it to the timeline's date. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Every event, narrative and tie starts and ends, by date. */
    public ObservableList<TimelineEvent> events() {
        return eventsView;
    }

    /** The position of the current event in {@link #events()}; -1 before the first event. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineEvent> currentEventProperty() {
        return currentEvent.getReadOnlyProperty();
    }

    /** Moves the window to the day of the event at {@code position}, which becomes current. */
    public void choose(int position) {
        if (position < 0 || position >= events.size()) {
            return;
        }
        chosen = position;
        LocalDate day = events.get(position).date().firstDay();
        goTo.accept(day);
        // The date may already be that day, or the window may move it later: either way the choice stands.
        updateCurrent();
    }

    /** The date as written in the data ("2023-09"). */
    public static String dateText(TimelineEvent event) {
        return event.date().toString();
    }

    /** "#RRGGBB" of an event's mark: its tie type's colour, or {@link #NARRATIVE_COLOUR}. */
    public static String colourOf(TimelineEvent event) {
        return event.tie() == null ? NARRATIVE_COLOUR : TieStyle.of(event.tie().type()).colour();
    }

    /** What kind of event it is, in words, for tooltips and screen readers. */
    public static String kindText(TimelineEvent event) {
        return switch (event.kind()) {
            case NARRATIVE -> "Event";
            case TIE_START -> event.tie().type().label() + " begins";
            case TIE_END -> event.tie().type().label() + " ends";
        };
    }

    private void updateCurrent() {
        LocalDate day = date.get();
        int position;
        if (index == null || day == null) {
            position = -1;
        } else if (chosen >= 0 && events.get(chosen).date().firstDay().equals(day)) {
            position = chosen;
        } else {
            chosen = -1;
            position = index.currentEventAt(day);
        }
        currentEvent.set(position < 0 ? null : events.get(position));
        current.set(position);
    }
}
