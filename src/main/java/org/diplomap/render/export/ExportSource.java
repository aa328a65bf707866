package org.diplomap.render.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.diplomap.graph.GeoLayout;
import org.diplomap.graph.Layout;
import org.diplomap.graph.MatrixOrder;
import org.diplomap.graph.StableLayout;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.render.NetworkScene;
import org.diplomap.timeline.TimelineIndex;

/**
 * What is exported: the network over time, where its states are placed in each layout, and the whole dataset
 * behind it (with its saved views) for the formats that write it all. The window gives the layouts it shows;
 * the command line lets them be computed here, as the window computes them for a database just opened.
 */
public final class ExportSource {

    /** Reads the whole dataset when a format needs it, away from the UI thread. */
    @FunctionalInterface
    public interface DatasetLoader {
        Dataset load() throws IOException;
    }

    private final TimelineIndex index;
    private final Function<LayoutKind, Layout> layouts;
    private final DatasetLoader dataset;

    public ExportSource(TimelineIndex index, Function<LayoutKind, Layout> layouts, DatasetLoader dataset) {
        this.index = Objects.requireNonNull(index, "index");
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The network of {@code index}, each layout computed the first time it is asked for. */
    public static ExportSource computingLayouts(TimelineIndex index, DatasetLoader dataset) {
        Map<LayoutKind, Layout> computed = new EnumMap<>(LayoutKind.class);
        Function<LayoutKind, Layout> layouts = kind -> {
            synchronized (computed) {
                return computed.computeIfAbsent(kind, k -> switch (k) {
                    case GEOGRAPHIC -> GeoLayout.compute(index.states(), WorldAtlas.bundled());
                    case MATRIX -> MatrixOrder.compute(index.states(), index.ties());
                    case NETWORK -> StableLayout.compute(index.states(), index.ties());
                });
            }
        };
        return new ExportSource(index, layouts, dataset);
    }

    public TimelineIndex index() {
        return index;
    }

    public Layout layout(LayoutKind kind) {
        return layouts.apply(kind);
    }

    public Dataset dataset() throws IOException {
        return dataset.load();
    }

    /** The line at the foot of every exported picture: where it comes from, and which dataset. */
    public String sourceLine() {
        return index.title() == null ? "Diplomap" : "Diplomap \u00B7 " + index.title();
    }

    /**
     * The picture of the network on {@code day} as {@code request} asks for it: its layout, hidden types, focus,
     * title, date, legend and source line, over the map in the geographic layout, as rows and columns in the matrix. Every still picture, animation
     * frame and preview is drawn from one.
     */
    public NetworkScene scene(LocalDate day, ExportRequest request) {
        NetworkScene scene = new NetworkScene(index.snapshotAt(day), index.states(), layout(request.layout()),
                index.title(), sourceLine(), request.display());
        return switch (request.layout()) {
            case GEOGRAPHIC -> scene.withMap(WorldAtlas.bundled().outlines());
            case MATRIX -> scene.asMatrix();
            case NETWORK -> scene;
        };
    }
}
