package org.diplomap.ui.events;

import java.time.LocalDate;
import java.util.List;
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
import org.diplomap.timeline.TimelineIndex;

/**
 * The caption laid over the network: the event of the current date, with its date as written and its source.
 * Only an event ON the current date shows: a caption that stayed up for days after its event would describe
 * a network that has since changed. On a day with several events a narrative event shows before the starts
 * and ends of ties, since it tells why they happened (a UN resolution, not the first of the breaks it caused);
 * among events of one kind, the last of the day shows, as in the event list.
 *
 * <p>In the window: {@code caption.dateProperty().bind(timeline.dateProperty())};
 * {@code caption.setIndex(index)} on every new index; {@code caption.setScale(PRESENTATION_SCALE)} in
 * presentation mode. Its view goes in the graph's StackPane, e.g. aligned BOTTOM_LEFT with a margin.
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
    private TimelineIndex index;

    public CaptionViewModel() {
        date.addListener((obs, old, day) -> update());
    }

    public void setIndex(TimelineIndex index) {
        this.index = index;
        update();
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
        LocalDate day = date.get();
        List<TimelineEvent> today = index == null || day == null ? List.of() : index.eventsOn(day);
        TimelineEvent shown = today.stream().filter(e -> e.kind() == TimelineEvent.Kind.NARRATIVE)
                .reduce((first, second) -> second)
                .orElse(today.isEmpty() ? null : today.get(today.size() - 1));
        event.set(shown);
        title.set(shown == null ? "" : shown.title());
        dateText.set(shown == null ? "" : shown.date().toString());
        source.set(shown == null || shown.source() == null || shown.source().isBlank() ? "" : "Source: " + shown.source());
        showing.set(shown != null);
    }
}
