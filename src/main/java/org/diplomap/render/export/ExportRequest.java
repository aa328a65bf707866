package org.diplomap.render.export;

import java.time.LocalDate;
import java.util.Objects;
import org.diplomap.model.LayoutKind;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;

/**
 * Every option of an export, as the window and the command line both give it: the picture's size (pixels, or
 * points for PDF) and PNG pixel density, where the states are placed, what is left out or stressed
 * ({@link ExportOptions}: hidden tie types, a focus, the title, date, legend and source line), the date of a
 * still export and the span, step and frame time of an animation. A format reads only what it needs
 * ({@link ExportFormat.Needs}); {@link ExportFormat#check} says what is missing or wrong.
 *
 * <p>{@link #DEFAULT} holds the defaults of both: what an option means does not depend on where it was given.
 */
public record ExportRequest(int width, int height, double scale, LayoutKind layout, ExportOptions display,
                            LocalDate date, LocalDate from, LocalDate to, Animation.Step step, int frameMillis) {

    /** Beyond this a picture no longer fits in memory comfortably (16384 x 16384 x 4 bytes = 1 GiB). */
    public static final int MAX_SIDE = 16_384;

    /** Everything shown, 1600 x 1000 in the network layout, a frame per event shown 700 ms; no date yet. */
    public static final ExportRequest DEFAULT = new ExportRequest(1600, 1000, 1, LayoutKind.NETWORK,
            ExportOptions.DEFAULT, null, null, null, Animation.Step.EVENT, 700);

    public ExportRequest {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(step, "step");
        display = display == null ? ExportOptions.DEFAULT : display;
    }

    public ExportRequest withSize(int newWidth, int newHeight) {
        return new ExportRequest(newWidth, newHeight, scale, layout, display, date, from, to, step, frameMillis);
    }

    public ExportRequest withScale(double newScale) {
        return new ExportRequest(width, height, newScale, layout, display, date, from, to, step, frameMillis);
    }

    public ExportRequest withLayout(LayoutKind newLayout) {
        return new ExportRequest(width, height, scale, newLayout, display, date, from, to, step, frameMillis);
    }

    public ExportRequest withDisplay(ExportOptions newDisplay) {
        return new ExportRequest(width, height, scale, layout, newDisplay, date, from, to, step, frameMillis);
    }

    public ExportRequest withDate(LocalDate day) {
        return new ExportRequest(width, height, scale, layout, display, day, from, to, step, frameMillis);
    }

    /** An animation's frames: from {@code first} to {@code last}, both included, one per {@code every}. */
    public ExportRequest withSpan(LocalDate first, LocalDate last, Animation.Step every) {
        return new ExportRequest(width, height, scale, layout, display, date, first, last, every, frameMillis);
    }

    public ExportRequest withFrameMillis(int millis) {
        return new ExportRequest(width, height, scale, layout, display, date, from, to, step, millis);
    }
}
