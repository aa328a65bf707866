package org.diplomap.ui.events;

import java.time.LocalDate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.diplomap.timeline.TimelineEvent;

/**
 * The caption laid over the network: the current event, with its date as written and its source. Which event is
 * current is the event list's to say (one notion for the list, the caption and the date line); the caption tells
 * it only on its own day: a caption that stayed up for days after its event would describe a network that has
 * since changed.
 *
 * <p>In the window: {@code caption.dateProperty().bind(timeline.dateProperty())};
 * {@code caption.currentEventProperty().bind(events.currentEventProperty())};
 * {@code caption.setScale(PRESENTATION_SCALE)} in presentation mode.
 */
public final class CaptionViewModel {

    /** The scale of the type in presentation mode, for a projector at the back of a room. */
    public static final double PRESENTATION_SCALE = 1.6;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);
    private final ReadOnlyObjectWrapper<TimelineEvent> event = new ReadOnlyObjectWrapper<>(this, "event");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ObjectProperty<TimelineEvent> currentEvent = new SimpleObjectProperty<>(this, "currentEvent");

    public CaptionViewModel() {
        date.addListener((obs, old, day) -> update());
        currentEvent.addListener((obs, old, shown) -> update());
    }

    /** The current event, on its day or before; bind it to the event list's. */
    public ObjectProperty<TimelineEvent> currentEventProperty() {
        return currentEvent;
    }

    /** The date whose event is told; bind it to the timeline's date. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The size of the type: 1 on a screen, {@link #PRESENTATION_SCALE} (or more) on a projector. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public void setScale(double value) {
        scale.set(value);
    }

    public double getScale() {
        return scale.get();
    }

    /** The event told, or null when the current date has none. */
    public ReadOnlyObjectProperty<TimelineEvent> eventProperty() {
        return event.getReadOnlyProperty();
    }

    /** Whether there is an event to tell; the caption hides when not. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The date as written in the data ("2023-09"). */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** "Source: …", or empty when the event names none. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    private void update() {
        TimelineEvent current = currentEvent.get();
        TimelineEvent shown = current != null && current.date().firstDay().equals(date.get()) ? current : null;
        event.set(shown);
        title.set(shown == null ? "" : shown.title());
        dateText.set(shown == null ? "" : shown.date().toString());
        source.set(shown == null || shown.source() == null || shown.source().isBlank() ? "" : "Source: " + shown.source());
        showing.set(shown != null);
    }
}
