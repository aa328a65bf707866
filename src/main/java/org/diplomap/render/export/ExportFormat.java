package org.diplomap.render.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.diplomap.render.Animation;
import org.diplomap.render.export.InvalidExportException.Option;

/**
 * One row of the table of export formats ({@link ExportFormats#ALL}): its name, the extension of the files it
 * writes, what it needs, what it writes, a line for the help, and its writer. The window offers the rows, the
 * command line picks one from the extension of {@code --out}, and both write through {@link #write}.
 *
 * @param name        the name offered in the window, such as {@code png} or {@code png-sequence}
 * @param extension   the file name extension without its dot; for several files, that of each
 * @param scaled      whether {@link ExportRequest#scale()} multiplies the pixels written
 * @param description what the format writes, for the help
 */
public record ExportFormat(String name, String extension, Needs needs, Kind kind, boolean scaled,
                           String description, Writer writer) {

    /** What an export in this format needs besides the network. */
    public enum Needs {
        /** One date: a still picture or the data of that day. */
        DATE,
        /** A span of dates and a step: an animation. */
        SPAN,
        /** Nothing: the whole dataset, every date at once. */
        NOTHING
    }

    /** What the format writes. */
    public enum Kind {
        /** The network drawn, still or animated: the size, layout and picture options apply. */
        PICTURE,
        /** The network of one day as data: hidden types leave their ties out. */
        DATA,
        /** The whole dataset, written in full: no type is hidden and there is no focus. */
        DATASET
    }

    /**
     * Writes {@code out} from a request that {@link #check} found complete. Runs away from the UI thread; reports
     * progress when there are several steps, and between them checks {@code cancelled}, on which it throws
     * {@link java.util.concurrent.CancellationException} and leaves no file of its own behind.
     */
    @FunctionalInterface
    public interface Writer {
        /** @return the files written, in order */
        List<Path> write(ExportSource source, ExportRequest request, Path out, Animation.Progress progress,
                         BooleanSupplier cancelled) throws IOException;
    }

    public ExportFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(writer, "writer");
    }

    /** Whether the format replays the network over a span of dates. */
    public boolean animated() {
        return needs == Needs.SPAN;
    }

    /**
     * Finds what would keep {@code request} from being written in this format, whatever the network: a missing
     * date or span, an end before the start, a size, scale or frame time out of range.
     *
     * @throws InvalidExportException naming the option
     */
    public void check(ExportRequest request) {
        switch (needs) {
            case DATE -> {
                if (request.date() == null) {
                    throw new InvalidExportException(Option.DATE, "a " + name + " export shows one date; give it");
                }
            }
            case SPAN -> checkSpan(request);
            case NOTHING -> { }
        }
        if (kind == Kind.PICTURE) {
            checkSide(Option.WIDTH, request.width());
            checkSide(Option.HEIGHT, request.height());
            if (scaled) {
                checkScale(request);
            }
        }
    }

    /**
     * As {@link #check(ExportRequest)}, and the focus must be a state of {@code source}.
     *
     * @throws InvalidExportException naming the option
     */
    public void check(ExportSource source, ExportRequest request) {
        check(request);
        String focus = request.display().focus();
        if (kind != Kind.DATASET && focus != null && source.index().state(focus).isEmpty()) {
            throw new InvalidExportException(Option.FOCUS, "'" + focus + "' is not the code of a state of the dataset");
        }
    }

    /** The days of an animation's frames, both ends included. */
    public List<LocalDate> frameDays(ExportSource source, ExportRequest request) {
        checkSpan(request);
        return Animation.frameDays(source.index(), request.from(), request.to(), request.step());
    }

    /**
     * Checks {@code request}, then writes it to {@code out}.
     *
     * @return the files written, in order
     * @throws InvalidExportException when {@link #check} finds an option that cannot work; nothing is written
     */
    public List<Path> write(ExportSource source, ExportRequest request, Path out, Animation.Progress progress,
                            BooleanSupplier cancelled) throws IOException {
        check(source, request);
        return writer.write(source, request, out, progress, cancelled);
    }

    private void checkSpan(ExportRequest request) {
        if (request.from() == null || request.to() == null) {
            throw new InvalidExportException(request.from() == null ? Option.FROM : Option.TO,
                    "an animation needs a first and a last date");
        }
        if (request.to().isBefore(request.from())) {
            throw new InvalidExportException(Option.TO, request.to() + " is before the first date, " + request.from());
        }
        if (request.frameMillis() <= 0) {
            throw new InvalidExportException(Option.FRAME_MS, request.frameMillis()
                    + " is not a duration; give milliseconds above 0");
        }
    }

    private static void checkSide(Option option, int pixels) {
        if (pixels <= 0 || pixels > ExportRequest.MAX_SIDE) {
            throw new InvalidExportException(option, pixels + " is not a size; give 1 to " + ExportRequest.MAX_SIDE
                    + " pixels");
        }
    }

    private static void checkScale(ExportRequest request) {
        double scale = request.scale();
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new InvalidExportException(Option.SCALE, scale + " is not a scale; give a number above 0, such as 2");
        }
        if (Math.max(request.width(), request.height()) * scale > ExportRequest.MAX_SIDE) {
            throw new InvalidExportException(Option.SCALE, request.width() + "x" + request.height() + " at " + scale
                    + " is over " + ExportRequest.MAX_SIDE + " pixels a side");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
