package org.diplomap.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.diplomap.render.Animation;

/**
 * Writes one export format. The dialog offers every format, but exports only those with an exporter, so a
 * new format (SVG, PDF, CSV, JSON) is added by writing an {@code Exporter} and passing it to
 * {@link ExportViewModel}'s constructor, or adding it to {@link Exporters#builtIn()}; nothing else changes.
 *
 * <p>{@link #write} runs away from the FX thread. It reports progress when it has several steps, checks
 * {@code cancelled} between them, and on cancelling throws {@link java.util.concurrent.CancellationException}
 * after deleting what it had written.
 */
public interface Exporter {

    /** The format's name as offered in the dialog, such as {@code png} or {@code png-sequence}. */
    String format();

    /** The file name extension, without a dot; for formats written as several files, that of each file. */
    String extension();

    void write(ExportRequest request, Path out, Animation.Progress progress, BooleanSupplier cancelled)
            throws IOException;
}
