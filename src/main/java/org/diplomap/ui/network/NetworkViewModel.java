package org.diplomap.ui.network;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.diplomap.graph.MatrixOrder;
import org.diplomap.graph.NetworkGraph;
import org.diplomap.graph.StableLayout;
import org.diplomap.io.Outline;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.Confidence;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.Snapshot;
import org.diplomap.model.SnapshotDiff;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.ScreenPicture;
import org.diplomap.render.Viewport;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * The network to show: the layout of a dataset and its snapshot at the requested date, with the count of
 * active ties of each type and a description of what is under the mouse. Snapshots come from the timeline
 * index on the worker; when dates arrive faster than they are answered, only the latest is asked for.
 *
 * <p>The worker also draws the picture of the network for the view's size and camera, with the frame, so that
 * the two arrive together: the same {@link Composition} and renderer as the exports, so the window shows what an
 * export of the same size shows. A new size, camera, layout, display options or state pointed at ask for a new
 * picture of the date shown, and again only the latest is drawn.
 */
public final class NetworkViewModel {

    /**
     * A dataset ready to draw: its index, its three layouts (the stable network one, the geographic one and the order
     * of the matrix) and the country outlines drawn behind the geographic one.
     */
    public record Network(TimelineIndex index, Layout networkLayout, Layout geographicLayout, List<Outline> outlines,
                          Layout matrixLayout) {

        public Layout layout(LayoutKind kind) {
            return switch (kind) {
                case GEOGRAPHIC -> geographicLayout;
                case MATRIX -> matrixLayout;
                case NETWORK -> networkLayout;
            };
        }

        /** Whether its ties are kept out of the window's GraphStream graph (see {@link NetworkGraph#isDense(int)}). */
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

    /** What the worker hands back for a date: the frame, and its picture once the view has a size. */
    private record Answer(Frame frame, ScreenPicture picture) {
    }

    /** The view's size in layout pixels and the screen's output scale. */
    private record Size(int width, int height, double outputScale) {
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
    private final ReadOnlyObjectWrapper<ScreenPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<Camera> camera = new ReadOnlyObjectWrapper<>(this, "camera", Camera.FIT);
    private Size size;
    private String hovered;
    private Set<String> marked = Set.of();
    private List<Rectangle2D> keepClear = List.of();
    private LocalDate pendingDate;
    /** Where the layout fell on the view before an edit; the first picture after it keeps it there. */
    private Viewport viewportToKeep;
    /** The picture shown no longer matches the size, camera, options, layout or state pointed at. */
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
        options.addListener((obs, old, now) -> updateCounts());
        // Another layout has other units: its camera starts from the whole network.
        layoutKind.addListener((obs, old, now) -> camera.set(Camera.FIT));
        layoutKind.addListener((obs, old, now) -> redrawPicture());
        camera.addListener((obs, old, now) -> redrawPicture());
    }

    /** Lays out a (new) dataset on the worker, then shows it at {@code day}. */
    public void load(TimelineIndex index, LocalDate day) {
        loading.set(String.format("Laying out %,d states and %,d ties\u2026", index.states().size(), index.tieCount()));
        tasks.run(() -> {
            WorldAtlas atlas = WorldAtlas.bundled();
            return new Network(index, StableLayout.compute(index.states(), index.ties()),
                    GeoLayout.compute(index.states(), atlas), atlas.outlines(),
                    MatrixOrder.compute(index.states(), index.ties()));
        }, loaded -> {
            loading.set("");
            // Emptied first, so that nothing of the dataset before is drawn over the new one.
            frame.set(null);
            snapshot.set(null);
            picture.set(null);
            network.set(loaded);
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
        // An edit that adds or removes a state changes the fit of the whole network: the view stays where it was.
        ScreenPicture before = picture.get();
        viewportToKeep = before == null ? null : before.composition().viewportOf(camera.get());
        tasks.run(() -> new Network(index, StableLayout.extend(current.networkLayout(), index.states(), index.ties()),
                GeoLayout.compute(index.states(), WorldAtlas.bundled()), current.outlines(),
                MatrixOrder.kept(current.matrixLayout(), index.states(), index.ties())), updated -> {
                    frame.set(null);
                    snapshot.set(null);
                    network.set(updated);
                    showDate(day);
                }, onError);
    }

    /** Whether the picture shown is the latest asked for: no date, picture or layout is being prepared. */
    public boolean idle() {
        return !busy && pendingDate == null && !pictureStale && loading.get().isEmpty();
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
     * The size of the view, in layout pixels, and the screen's output scale (2 on a high-density screen): the
     * picture is drawn for it. Call it whenever it changes.
     */
    public void setSize(int width, int height, double outputScale) {
        Size newSize = width > 0 && height > 0 ? new Size(width, height, outputScale) : null;
        if (newSize != null && !newSize.equals(size)) {
            size = newSize;
            redrawPicture();
        }
    }

    /** Where the view looks: its zoom and pan. */
    public ReadOnlyObjectProperty<Camera> cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    public void setCamera(Camera newCamera) {
        camera.set(java.util.Objects.requireNonNull(newCamera, "camera"));
    }

    /**
     * The parts of the view that the window covers with something of its own (the caption): the network keeps its
     * states and names out from under them.
     */
    public void setKeepClear(List<Rectangle2D> boxes) {
        if (!boxes.equals(keepClear)) {
            keepClear = List.copyOf(boxes);
            redrawPicture();
        }
    }

    /** The states found by a search: their names come before others'. */
    public void setMarked(Set<String> codes) {
        if (!codes.equals(marked)) {
            marked = Set.copyOf(codes);
            redrawPicture();
        }
    }

    /** The picture of the network at the date shown, for the view's size and camera; null before the first. */
    public ReadOnlyObjectProperty<ScreenPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    private void redrawPicture() {
        if (network.get() != null) {
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
        } else if (pictureStale && frame.get() != null && size != null) {
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
        Viewport keep = viewportToKeep;
        viewportToKeep = null;
        tasks.run(() -> {
            Frame answer = new Frame(index.snapshotAt(day), previous == null ? null : index.diff(previous.date(), day),
                    since == null ? null : comparison(index, since, day));
            return new Answer(answer, request == null ? null : request.draw(answer, keep));
        }, result -> {
            busy = false;
            // An answer about a dataset replaced meanwhile is of no use.
            if (shown == network.get()) {
                setFrame(result.frame());
                picture.set(result.picture());
                if (result.picture() != null && !result.picture().camera().equals(camera.get())) {
                    // The camera that kept the view; the picture drawn through it is already shown.
                    camera.set(result.picture().camera());
                }
            }
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
            if (request.network() == network.get() && shown == frame.get()) {
                picture.set(result);
            } else {
                pictureStale = true;
            }
            next();
        }, e -> {
            busy = false;
            onError.accept(e);
        });
    }

    /** What the picture is drawn with, taken on the FX thread; null while the view has no size. */
    private PictureRequest pictureRequest() {
        Network shown = network.get();
        if (size == null) {
            return null;
        }
        pictureStale = false;
        LayoutKind kind = layoutKind.get();
        DisplayOptions display = options.get();
        return new PictureRequest(shown, kind, display, hovered, marked, keepClear, camera.get(), size);
    }

    private record PictureRequest(Network network, LayoutKind kind, DisplayOptions options, String hovered,
                                  Set<String> marked, List<Rectangle2D> keepClear, Camera camera, Size size) {

        ScreenPicture draw(Frame frame) {
            return draw(frame, null);
        }

        /** Draws the frame; with {@code keep}, through the camera that puts the layout where {@code keep} did. */
        ScreenPicture draw(Frame frame, Viewport keep) {
            // The window draws no title, date, legend or source into the picture: it shows them around it.
            ExportOptions inPicture = ExportOptions.NETWORK_ONLY.withShown(options);
            NetworkScene scene = new NetworkScene(frame.snapshot(), network.index().states(), network.layout(kind),
                    null, null, inPicture, kind == LayoutKind.GEOGRAPHIC ? network.outlines() : List.of(),
                    new NetworkScene.Display(options.selected(), hovered, marked, frame.comparison(), keepClear),
                    kind);
            Composition composition = Composition.of(scene, size.width(), size.height(), camera);
            Camera shownThrough = camera;
            if (keep != null && moved(composition.viewportOf(camera), keep)) {
                shownThrough = keeping(keep, composition);
                composition = Composition.of(scene, size.width(), size.height(), shownThrough);
            }
            return ScreenPicture.draw(composition, shownThrough, size.outputScale());
        }

        private static boolean moved(Viewport now, Viewport before) {
            return Math.abs(now.scaleX() - before.scaleX()) > 1e-9 * Math.abs(before.scaleX())
                    || Math.abs(now.scaleY() - before.scaleY()) > 1e-9 * Math.abs(before.scaleY())
                    || Math.abs(now.offsetX() - before.offsetX()) > 1e-6
                    || Math.abs(now.offsetY() - before.offsetY()) > 1e-6;
        }

        /**
         * The camera through which {@code composition} puts the layout where {@code old} did: the same layout point
         * in the middle of the network area, at the same scale on each axis (a new fit may stretch the two axes a
         * little differently, a map keeping about its proportions).
         */
        private static Camera keeping(Viewport old, Composition composition) {
            // Through a camera at zoom 1 centred on the layout's origin, the scale is the fit's and the offset is
            // the middle of the network area.
            Viewport fit = composition.viewportOf(new Camera(1, new Layout.Point(0, 0)));
            double zoom = fit.scaleX() / old.scaleX();
            double stretch = (fit.scaleY() / old.scaleY()) / zoom;
            return new Camera(zoom, new Layout.Point((fit.offsetX() - old.offsetX()) / old.scaleX(),
                    (fit.offsetY() - old.offsetY()) / old.scaleY()), stretch);
        }
    }

    private static Comparison comparison(TimelineIndex index, LocalDate since, LocalDate day) {
        SnapshotDiff changes = index.diff(since, day);
        return new Comparison(since, changes.tiesAdded(), changes.tiesRemoved());
    }

    private void setFrame(Frame result) {
        frame.set(result);
        snapshot.set(result.snapshot());
        updateCounts();
        Comparison comparison = result.comparison();
        comparisonText.set(comparison == null ? "" : String.format("Since %s: +%d gained, \u2212%d lost",
                comparison.since(), comparison.gained().size(), comparison.lost().size()));
    }

    /** The legend's counts: the ties active at the date shown that are as sure as asked. */
    private void updateCounts() {
        Frame shown = frame.get();
        if (shown == null) {
            return;
        }
        Confidence least = options.get().leastConfidence();
        int[] byType = new int[TieType.values().length];
        for (Tie tie : shown.snapshot().ties()) {
            if (tie.confidence().isAtLeast(least)) {
                byType[tie.type().ordinal()]++;
            }
        }
        for (TieType type : TieType.values()) {
            counts.get(type).set(byType[type.ordinal()]);
        }
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

    /** Leaves out the ties less sure than {@code least} (low: every tie), as a hidden type is left out. */
    public void setLeastConfidence(Confidence least) {
        options.set(options.get().withLeastConfidence(least));
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

    /** The number of ties of a type active at the date shown, of those as sure as the options ask. */
    public ReadOnlyIntegerProperty countProperty(TieType type) {
        return counts.get(type).getReadOnlyProperty();
    }

    /**
     * What the legend shows beside a type: its count of active ties, or a dash while its box hides it, since the
     * picture has none of them.
     */
    public javafx.beans.binding.StringBinding legendCount(TieType type) {
        ReadOnlyIntegerProperty count = countProperty(type);
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> options.get().shows(type) ? Integer.toString(count.get()) : "\u2013", count, options);
    }

    /** What the mouse is over, in words; empty when nothing. */
    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    public void hoverTie(Tie tie) {
        hover.set(describe(tie));
        setHovered(null);
    }

    public void hoverState(State state) {
        Snapshot shown = snapshot.get();
        long ties = shown == null ? 0 : shown.ties().stream()
                .filter(t -> t.from().equals(state.code()) || t.to().equals(state.code())).count();
        hover.set(state.name() + " (" + state.code() + "): " + (ties == 0 ? "no active tie" : ties + " active "
                + (ties == 1 ? "tie" : "ties")) + " on this date");
        setHovered(state.code());
    }

    /**
     * A cell of the matrix: the pair in both directions, with the ties of each ("Russia → Afghanistan: Recognition
     * from 2025-07-03 ..."), and nothing stressed, since the pair's row and column are under the pointer already.
     */
    public void hoverPair(String from, String to, List<Tie> fromTo, List<Tie> toFrom) {
        hover.set(describePair(from, to, fromTo) + (from.equals(to) ? "" : "; " + describePair(to, from, toFrom)));
        setHovered(null);
    }

    private String describePair(String from, String to, List<Tie> ties) {
        StringBuilder text = new StringBuilder(nameOf(from)).append(" \u2192 ").append(nameOf(to)).append(": ");
        if (ties.isEmpty()) {
            return text.append("no tie on this date").toString();
        }
        for (int i = 0; i < ties.size(); i++) {
            Tie tie = ties.get(i);
            text.append(i == 0 ? "" : ", ").append(tie.type().label()).append(" from ").append(tie.start());
            if (tie.end() != null) {
                text.append(" until ").append(tie.end());
            }
            if (tie.source() != null) {
                text.append(" (").append(tie.source()).append(")");
            }
        }
        return text.toString();
    }

    public void hoverNothing() {
        hover.set("");
        setHovered(null);
    }

    /** The state pointed at: its name shows and its ties stand out. */
    private void setHovered(String code) {
        if (!java.util.Objects.equals(code, hovered)) {
            hovered = code;
            redrawPicture();
        }
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
