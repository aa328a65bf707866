package org.diplomap.ui.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.diplomap.graph.Layout;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.timeline.TimelineIndex;

/**
 * Everything an {@link Exporter} may need: the network, its layout and title, the picture size, the date of a
 * still picture and the span and step of an animation. A still format reads {@link #scene()}; an animated one
 * reads {@link #frameDays()}.
 */
public record ExportRequest(TimelineIndex index, Layout layout, String title, int width, int height,
                            LocalDate date, LocalDate from, LocalDate to, Animation.Step step, int frameMillis,
                            ExportOptions display) {

    /** A request that shows everything: no type hidden, no focus, title, date, legend and source drawn. */
    public ExportRequest(TimelineIndex index, Layout layout, String title, int width, int height, LocalDate date,
                         LocalDate from, LocalDate to, Animation.Step step, int frameMillis) {
        this(index, layout, title, width, height, date, from, to, step, frameMillis, ExportOptions.DEFAULT);
    }

    public ExportRequest {
        display = display == null ? ExportOptions.DEFAULT : display;
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(date, "date");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive, was " + width + "x" + height);
        }
    }

    /** The network at {@link #date()}, as a still picture shows it, with the window's filters and focus. */
    public NetworkScene scene() {
        return new NetworkScene(index.snapshotAt(date), index.states(), layout, title, null, display);
    }

    public List<LocalDate> frameDays() {
        if (from == null || to == null || step == null) {
            throw new IllegalArgumentException("an animation needs a start, an end and a step");
        }
        return Animation.frameDays(index, from, to, step);
    }
}
