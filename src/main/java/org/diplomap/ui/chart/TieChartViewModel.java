package org.diplomap.ui.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.diplomap.model.State;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.timeline.TypeCounts;
import org.diplomap.ui.task.TaskRunner;

/**
 * The number of active ties of each type over the whole span of the data, for all states or for one (the
 * focus), and the place of the current date on that span. The counts are computed on the task runner: a
 * large index takes a moment. When the index or the focus changes while counts are computed, only the
 * latest request is answered.
 *
 * <p>In the window: {@code chart = new TieChartViewModel(tasks, shell::reportError)};
 * {@code chart.dateProperty().bind(timeline.dateProperty())}; {@code chart.setIndex(index)} on every new
 * index; {@code chart.focusProperty()} set to a state's code (or null) when the user focuses on one.
 */
public final class TieChartViewModel {

    /** Enough points for a smooth curve across a wide chart, few enough to draw at once. */
    static final int SAMPLES = 300;

    /** The counts to draw: from {@code first} to {@code last}, for {@code focus} (null: every state). */
    public record Curves(List<TypeCounts> samples, LocalDate first, LocalDate last, String focus) {
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<String> focus = new SimpleObjectProperty<>(this, "focus");
    private final ReadOnlyObjectWrapper<Curves> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyDoubleWrapper markerYear = new ReadOnlyDoubleWrapper(this, "markerYear", Double.NaN);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private TimelineIndex index;
    private boolean pending;

    public TieChartViewModel(TaskRunner tasks, Consumer<Throwable> onError) {
        this.tasks = tasks;
        this.onError = onError;
        date.addListener((obs, old, day) -> markerYear.set(day == null ? Double.NaN : yearOf(day)));
        focus.addListener((obs, old, code) -> request());
        updateTitle();
    }

    /** Counts the ties of a (new) index. */
    public void setIndex(TimelineIndex index) {
        this.index = index;
        request();
    }

    /** The date the marker shows; bind it to the timeline's date. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The code of the state whose ties alone are counted; null counts every tie. */
    public ObjectProperty<String> focusProperty() {
        return focus;
    }

    /** The latest counts; null until the first are computed. */
    public ReadOnlyObjectProperty<Curves> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** "Active ties by type", or "Active ties of Russia" with a focus. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The current date as a fractional year (2025.5 is about 1 July 2025), NaN without a date. */
    public ReadOnlyDoubleProperty markerYearProperty() {
        return markerYear.getReadOnlyProperty();
    }

    /** Whether counts are being computed (the curves shown may be out of date). */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** A day as a year with a fraction, the unit of the chart's horizontal axis. */
    public static double yearOf(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }

    private void request() {
        updateTitle();
        if (index == null) {
            return;
        }
        pending = true;
        if (!computing.get()) {
            computePending();
        }
    }

    private void computePending() {
        pending = false;
        computing.set(true);
        TimelineIndex asked = index;
        String code = focus.get();
        tasks.run(() -> count(asked, code), result -> {
            computing.set(false);
            // A newer request makes this answer stale: skip it rather than draw it for a moment.
            if (pending) {
                computePending();
            } else {
                curves.set(result);
            }
        }, e -> {
            computing.set(false);
            onError.accept(e);
            if (pending) {
                computePending();
            }
        });
    }

    private static Curves count(TimelineIndex index, String code) {
        if (index.firstDay().isEmpty()) {
            return new Curves(List.of(), null, null, code);
        }
        // The same margins as the timeline slider, so that the first and last changes show as steps.
        LocalDate first = index.firstDay().get().minusMonths(6);
        LocalDate last = index.lastDay().get().plusMonths(6);
        return new Curves(index.countsOverTime(first, last, SAMPLES, code), first, last, code);
    }

    private void updateTitle() {
        String code = focus.get();
        if (code == null) {
            title.set("Active ties by type");
        } else {
            String name = index == null ? code : index.state(code).map(State::name).orElse(code);
            title.set("Active ties of " + name);
        }
    }
}
