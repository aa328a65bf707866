package org.diplomap.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.model.DateFormatException;
import org.diplomap.model.PartialDate;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;

/** The current date and the span of the timeline; moves the date by value, by typed text or by event. */
public final class TimelineViewModel {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ReadOnlyObjectWrapper<LocalDate> firstDay = new ReadOnlyObjectWrapper<>(this, "firstDay");
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>(this, "lastDay");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText");
    private final ReadOnlyStringWrapper eventText = new ReadOnlyStringWrapper(this, "eventText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<LocalDate> eventDays = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> eventDaysView = FXCollections.unmodifiableObservableList(eventDays);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(this, "speed", Speed.MONTHS);
    private final ObjectProperty<TimelineEvent> currentEvent = new SimpleObjectProperty<>(this, "currentEvent");
    private TimelineIndex index = TimelineIndex.of(org.diplomap.model.Dataset.empty());
    private LocalDate playedFrom;
    private double playedSeconds;
    private double sinceLastEvent;

    /** How fast the timeline plays. */
    public enum Speed {
        DAYS("1 day per second", 1),
        WEEKS("1 week per second", 7),
        MONTHS("1 month per second", 30.436875),
        YEARS("1 year per second", 365.2425),
        EVENTS("1 event per second", 0);

        private final String label;
        private final double daysPerSecond;

        Speed(String label, double daysPerSecond) {
            this.label = label;
            this.daysPerSecond = daysPerSecond;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public TimelineViewModel() {
        date.addListener((obs, old, day) -> describe(day));
        currentEvent.addListener((obs, old, event) -> describe(date.get()));
        speed.addListener((obs, old, value) -> {
            playedFrom = date.get();
            playedSeconds = 0;
        });
        describe(date.get());
    }

    /** Takes the span and events of a (new) index; keeps the date if it lies in the span. */
    public void setIndex(TimelineIndex index) {
        this.index = index;
        LocalDate first = index.firstDay().orElse(LocalDate.now());
        LocalDate last = index.lastDay().orElse(first);
        // A little room after the last event, so that its effect is visible at the end of the slider.
        LocalDate end = last.plusMonths(6);
        eventDays.setAll(index.events().stream().map(e -> e.date().firstDay()).distinct().toList());
        firstDay.set(first.minusMonths(6));
        lastDay.set(end);
        LocalDate day = date.get();
        if (day.isBefore(firstDay.get()) || day.isAfter(lastDay.get())) {
            date.set(last);
        }
        describe(date.get());
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public LocalDate getDate() {
        return date.get();
    }

    public void goTo(LocalDate day) {
        error.set("");
        date.set(day);
    }

    /** A move by hand (not by the clock): stops playing, and goes there. */
    public void moveTo(LocalDate day) {
        pause();
        goTo(day);
    }

    /** Moves to a typed date ("2025-07-03", "2023-09", "1997"), or says why it cannot. */
    public boolean goTo(String text) {
        try {
            moveTo(PartialDate.parse(text.strip()).firstDay());
            return true;
        } catch (DateFormatException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Starts playing from the current date (from the start if at the end). */
    public void play() {
        if (lastDay.get() != null && !date.get().isBefore(lastDay.get())) {
            goTo(firstDay.get());
        }
        playedFrom = date.get();
        playedSeconds = 0;
        sinceLastEvent = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the date on by the time that passed while playing; the window's clock calls it. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        Speed current = speed.get();
        if (current == Speed.EVENTS) {
            sinceLastEvent += seconds;
            if (sinceLastEvent >= 1) {
                sinceLastEvent -= 1;
                Optional<LocalDate> next = index.nextEventDay(date.get());
                next.ifPresentOrElse(this::goTo, this::pause);
            }
            return;
        }
        playedSeconds += seconds;
        LocalDate day = playedFrom.plusDays((long) Math.floor(playedSeconds * current.daysPerSecond));
        if (lastDay.get() != null && !day.isBefore(lastDay.get())) {
            goTo(lastDay.get());
            pause();
        } else if (!day.equals(date.get())) {
            goTo(day);
        }
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ObjectProperty<Speed> speedProperty() {
        return speed;
    }

    public void nextEvent() {
        index.nextEventDay(date.get()).ifPresent(this::moveTo);
    }

    public void previousEvent() {
        index.previousEventDay(date.get()).ifPresent(this::moveTo);
    }

    public ReadOnlyObjectProperty<LocalDate> firstDayProperty() {
        return firstDay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> lastDayProperty() {
        return lastDay.getReadOnlyProperty();
    }

    /** The current date as people read it ("3 July 2025"). */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** The current event, on the current date or before; bind it to the event list's. */
    public ObjectProperty<TimelineEvent> currentEventProperty() {
        return currentEvent;
    }

    /** The current event if it happens on the current date, with how many more happen that day. */
    public ReadOnlyStringProperty eventTextProperty() {
        return eventText.getReadOnlyProperty();
    }

    /** Why the last typed date was refused; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The days on which something happens, for tick marks. */
    public ObservableList<LocalDate> eventDays() {
        return eventDaysView;
    }

    private void describe(LocalDate day) {
        // Before the first index the date is a placeholder (today), not a date of any data: it is not shown.
        dateText.set(day == null || firstDay.get() == null ? "" : SHOWN.format(day));
        TimelineEvent current = currentEvent.get();
        if (day == null || current == null || !current.date().firstDay().equals(day)) {
            eventText.set("");
            return;
        }
        int others = index.eventsOn(day).size() - 1;
        eventText.set(current.title() + (others > 0 ? "  (+" + others + " more)" : ""));
    }

    /** The day nearest to an epoch-day value of the slider. */
    static Optional<LocalDate> dayOf(double epochDay) {
        return Double.isFinite(epochDay) ? Optional.of(LocalDate.ofEpochDay(Math.round(epochDay))) : Optional.empty();
    }
}
