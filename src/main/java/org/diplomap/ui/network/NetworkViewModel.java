package org.diplomap.ui.network;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.diplomap.graph.Comparison;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.graph.GeoLayout;
import org.diplomap.graph.Layout;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.StableLayout;
import org.diplomap.io.Outline;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.TiePicture;
import org.diplomap.render.Viewport;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * The network to show: the layout of a dataset and its snapshot at the requested date, with the count of
 * active ties of each type and a description of what is under the mouse. Snapshots come from the timeline
 * index on the worker; when dates arrive faster than they are answered, only the latest is asked for.
 *
 * <p>For a dense network (see {@link NetworkGraph#isDense(int)}) the worker also draws the picture of the ties
 * for the view's viewport, with the frame, so that the two arrive together; a new viewport, display options or
 * layout ask for a new picture of the date shown, and again only the latest is drawn.
 */
public final class NetworkViewModel {

    /**
     * A dataset ready to draw: its index, its two layouts (the stable network one and the geographic one) and the
     * country outlines drawn behind the geographic one.
     */
    public record Network(TimelineIndex index, Layout networkLayout, Layout geographicLayout, List<Outline> outlines) {

        public Layout layout(LayoutKind kind) {
            return kind == LayoutKind.GEOGRAPHIC ? geographicLayout : networkLayout;
        }

        /** Whether its ties are drawn as a picture behind the graph rather than as edges of it. */
        public boolean dense() {
            return NetworkGraph.isDense(index.tieCount());
        }
    }

    /**
     * The network at a date, the changes from the date answered before (null for the first), and the comparison
     * with the compare date (null when not comparing).
     */
    public record Frame(Snapshot snapshot, SnapshotDiff diff, Comparison comparison) {
    }

    /** What the worker hands back for a date: the frame, and the picture of its ties when the network is dense. */
    private record Answer(Frame frame, TiePicture picture) {
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final Map<TieType, ReadOnlyIntegerWrapper> counts = new EnumMap<>(TieType.class);
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", "");
    private final ReadOnlyStringWrapper loading = new ReadOnlyStringWrapper(this, "loading", "");
    private final ReadOnlyObjectWrapper<DisplayOptions> options =
            new ReadOnlyObjectWrapper<>(this, "options", DisplayOptions.DEFAULT);
    private final ObjectProperty<LocalDate> compareDate = new SimpleObjectProperty<>(this, "compareDate");
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind",
            LayoutKind.NETWORK);
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");
    private final ReadOnlyObjectWrapper<TiePicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private Viewport viewport;
    private LocalDate pendingDate;
    /** The picture shown no longer matches the viewport, options or layout. */
    private boolean pictureStale;
    private boolean busy;

    public NetworkViewModel(TaskRunner tasks, Consumer<Throwable> onError) {
        this.tasks = tasks;
        this.onError = onError;
        for (TieType type : TieType.values()) {
            counts.put(type, new ReadOnlyIntegerWrapper(this, type.code(), 0));
        }
        compareDate.addListener((obs, old, day) -> {
            Snapshot shown = snapshot.get();
            if (shown != null) {
                // Ask again for the date shown: the new frame carries the new comparison.
                snapshot.set(null);
                showDate(shown.date());
            }
        });
        options.addListener((obs, old, now) -> redrawPicture());
        layoutKind.addListener((obs, old, now) -> redrawPicture());
    }

    /** Lays out a (new) dataset on the worker, then shows it at {@code day}. */
    public void load(TimelineIndex index, LocalDate day) {
        loading.set(String.format("Laying out %,d states and %,d ties\u2026", index.states().size(), index.tieCount()));
        tasks.run(() -> {
            WorldAtlas atlas = WorldAtlas.bundled();
            return new Network(index, StableLayout.compute(index.states(), index.ties()),
                    GeoLayout.compute(index.states(), atlas), atlas.outlines());
        }, loaded -> {
            loading.set("");
            network.set(loaded);
            frame.set(null);
            snapshot.set(null);
            picture.set(null);
            showDate(day);
        }, e -> {
            loading.set("");
            onError.accept(e);
        });
    }

    /**
     * Shows an edited dataset at {@code day}: the states keep their places (new ones are placed among their
     * neighbours), and the network is drawn again from the new index.
     */
    public void update(TimelineIndex index, LocalDate day) {
        Network current = network.get();
        if (current == null) {
            load(index, day);
            return;
        }
        tasks.run(() -> new Network(index, StableLayout.extend(current.networkLayout(), index.states(), index.ties()),
                GeoLayout.compute(index.states(), WorldAtlas.bundled()), current.outlines()), updated -> {
                    network.set(updated);
                    frame.set(null);
                    snapshot.set(null);
                    showDate(day);
                }, onError);
    }

    /** What is being prepared before the network can be drawn; empty when nothing. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Asks for the network at a date; dates asked while one is being answered replace each other. */
    public void showDate(LocalDate day) {
        pendingDate = day;
        next();
    }

    /**
     * Where the view shows the layout: its size, zoom and pan. A dense network's ties are drawn for it; call it
     * whenever it changes.
     */
    public void setViewport(Viewport newViewport) {
        if (!newViewport.equals(viewport)) {
            viewport = newViewport;
            redrawPicture();
        }
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The ties of a dense network at the date shown, for the viewport; null when the network is not dense. */
    public ReadOnlyObjectProperty<TiePicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    private void redrawPicture() {
        Network shown = network.get();
        if (shown != null && shown.dense()) {
            pictureStale = true;
            next();
        }
    }

    /** Starts the next piece of work, one at a time: the latest date asked for, else a new picture. */
    private void next() {
        if (busy || network.get() == null) {
            return;
        }
        if (pendingDate != null) {
            answerPending();
        } else if (pictureStale && frame.get() != null && viewport != null) {
            drawPicture();
        }
    }

    private void answerPending() {
        LocalDate day = pendingDate;
        pendingDate = null;
        busy = true;
        Network shown = network.get();
        TimelineIndex index = shown.index();
        Snapshot previous = snapshot.get();
        LocalDate since = compareDate.get();
        PictureRequest request = pictureRequest();
        tasks.run(() -> {
            Frame answer = new Frame(index.snapshotAt(day), previous == null ? null : index.diff(previous.date(), day),
                    since == null ? null : comparison(index, since, day));
            return new Answer(answer, request == null ? null : request.draw(answer));
        }, result -> {
            busy = false;
            setFrame(result.frame());
            picture.set(result.picture());
            next();
        }, e -> {
            busy = false;
            onError.accept(e);
        });
    }

    private void drawPicture() {
        PictureRequest request = pictureRequest();
        Frame shown = frame.get();
        busy = true;
        tasks.run(() -> request.draw(shown), result -> {
            busy = false;
            picture.set(result);
            next();
        }, e -> {
            busy = false;
            onError.accept(e);
        });
    }

    /** What the picture of the ties is drawn with, taken on the FX thread; null when no picture is wanted. */
    private PictureRequest pictureRequest() {
        Network shown = network.get();
        if (!shown.dense() || viewport == null) {
            return null;
        }
        pictureStale = false;
        return new PictureRequest(shown.layout(layoutKind.get()), options.get(), viewport);
    }

    private record PictureRequest(Layout layout, DisplayOptions options, Viewport viewport) {

        TiePicture draw(Frame frame) {
            return TiePicture.draw(frame.snapshot().date(), frame.snapshot().ties(), frame.comparison(), options,
                    layout, viewport);
        }
    }

    private static Comparison comparison(TimelineIndex index, LocalDate since, LocalDate day) {
        SnapshotDiff changes = index.diff(since, day);
        return new Comparison(since, changes.tiesAdded(), changes.tiesRemoved());
    }

    private void setFrame(Frame result) {
        frame.set(result);
        snapshot.set(result.snapshot());
        result.snapshot().countsByType().forEach((type, count) -> counts.get(type).set(count));
        Comparison comparison = result.comparison();
        comparisonText.set(comparison == null ? "" : String.format("Since %s: +%d gained, \u2212%d lost",
                comparison.since(), comparison.gained().size(), comparison.lost().size()));
    }

    /** The date the network is compared with, or null; ties gained since are marked, ties lost drawn faded. */
    public ObjectProperty<LocalDate> compareDateProperty() {
        return compareDate;
    }

    /** The comparison in words ("Since 2024-12-01: +3 gained, -1 lost"); empty when not comparing. */
    public ReadOnlyStringProperty comparisonTextProperty() {
        return comparisonText.getReadOnlyProperty();
    }

    /** Which layout places the states: the stable network layout or the map. */
    public ObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind;
    }

    /** What is hidden, dimmed or stressed. */
    public ReadOnlyObjectProperty<DisplayOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public void setOptions(DisplayOptions newOptions) {
        options.set(newOptions);
    }

    public void setTypeShown(TieType type, boolean shown) {
        options.set(options.get().withType(type, shown));
    }

    public void setHideStatesWithoutTies(boolean hide) {
        options.set(options.get().withHideStatesWithoutTies(hide));
    }

    /** Focuses on a state and its neighbours (null: no focus). */
    public void focus(String code) {
        options.set(options.get().withFocus(code));
    }

    /** Selects a state (null: none). */
    public void select(String code) {
        options.set(options.get().withSelected(code));
    }

    public String selected() {
        return options.get().selected();
    }

    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Each answer in turn: what the view draws. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The number of ties of a type active at the date shown. */
    public ReadOnlyIntegerProperty countProperty(TieType type) {
        return counts.get(type).getReadOnlyProperty();
    }

    /** What the mouse is over, in words; empty when nothing. */
    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    public void hoverTie(Tie tie) {
        hover.set(describe(tie));
    }

    public void hoverState(State state) {
        Snapshot shown = snapshot.get();
        long ties = shown == null ? 0 : shown.ties().stream()
                .filter(t -> t.from().equals(state.code()) || t.to().equals(state.code())).count();
        hover.set(state.name() + " (" + state.code() + "): " + (ties == 0 ? "no active tie" : ties + " active "
                + (ties == 1 ? "tie" : "ties")) + " on this date");
    }

    public void hoverNothing() {
        hover.set("");
    }

    /** A tie in one line: who, what, since when, on what source. */
    public String describe(Tie tie) {
        StringBuilder text = new StringBuilder()
                .append(nameOf(tie.from())).append(" \u2192 ").append(nameOf(tie.to()))
                .append(": ").append(tie.type().label())
                .append(", from ").append(tie.start());
        if (tie.end() != null) {
            text.append(" until ").append(tie.end());
        }
        text.append(" (confidence ").append(tie.confidence().code()).append(")");
        if (tie.source() != null) {
            text.append(". Source: ").append(tie.source());
        }
        return text.toString();
    }

    private String nameOf(String code) {
        Network shown = network.get();
        return shown == null ? code : shown.index().state(code).map(State::name).orElse(code);
    }
}
