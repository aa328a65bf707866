package org.diplomap.render.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.diplomap.io.DatasetWriter;
import org.diplomap.io.GexfWriter;
import org.diplomap.io.SnapshotWriter;
import org.diplomap.model.Dataset;
import org.diplomap.model.SavedView;
import org.diplomap.model.Snapshot;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.render.VectorExports;
import org.diplomap.render.export.ExportFormat.Kind;
import org.diplomap.render.export.ExportFormat.Needs;
import org.diplomap.render.web.WebPage;

/**
 * The one table of export formats, read by the export window, the command line, its help and the tests. A
 * format is added here and nowhere else.
 *
 * <p>A file is written beside its destination and moved into place once complete, so that a failed or
 * cancelled export leaves the file that was there before. A PNG sequence, being many files, is written in place
 * and its files deleted if it does not finish.
 */
public final class ExportFormats {

    /** The one format written as several files, for which a folder may be given instead of a file. */
    public static final String PNG_SEQUENCE = "png-sequence";
    /** The whole case as one self-contained HTML file, which opens in a browser with no network. */
    public static final String WEB_PAGE = "web-page";

    public static final List<ExportFormat> ALL = List.of(
            new ExportFormat("png", "png", Needs.DATE, Kind.PICTURE, true,
                    "the network that day, a PNG picture", picture((scene, request, part) -> new SnapshotRenderer()
                            .writePng(scene, request.width(), request.height(), request.scale(), part))),
            new ExportFormat("svg", "svg", Needs.DATE, Kind.PICTURE, false,
                    "an SVG drawing, names as text", picture((scene, request, part) -> new VectorExports()
                            .writeSvg(scene, request.width(), request.height(), part))),
            new ExportFormat("pdf", "pdf", Needs.DATE, Kind.PICTURE, false,
                    "a one-page PDF, names as text", picture((scene, request, part) -> new VectorExports()
                            .writePdf(scene, request.width(), request.height(), part))),
            new ExportFormat("gif", "gif", Needs.SPAN, Kind.PICTURE, false,
                    "an animated GIF", ExportFormats::writeGif),
            new ExportFormat(PNG_SEQUENCE, "png", Needs.SPAN, Kind.PICTURE, false,
                    "numbered PNGs: FILE-0001.png, ...", ExportFormats::writePngSequence),
            new ExportFormat("csv", "csv", Needs.DATE, Kind.DATA, false,
                    "the ties that day, spreadsheet-safe", snapshot(SnapshotWriter::writeCsv)),
            new ExportFormat("json", "json", Needs.DATE, Kind.DATA, false,
                    "the network that day, as snapshot", snapshot(SnapshotWriter::writeJson)),
            new ExportFormat("dataset", "json", Needs.NOTHING, Kind.DATASET, false,
                    "the whole dataset, with saved views",
                    dataset((data, part) -> new DatasetWriter().write(data, part))),
            new ExportFormat("gexf", "gexf", Needs.NOTHING, Kind.DATASET, false,
                    "every date, a GEXF 1.3 graph for Gephi",
                    dataset((data, part) -> new GexfWriter().write(data, part))),
            new ExportFormat(WEB_PAGE, "html", Needs.NOTHING, Kind.DATASET, false,
                    "every date, a web page to step through", (source, request, out, progress, cancelled) ->
                    still(out, progress, cancelled, part -> WebPage.write(source.index(), source::layout,
                            source.dataset().views(), request.layout(), part))));

    private ExportFormats() {
    }

    public static Optional<ExportFormat> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The formats that write files with this extension (without its dot, in lower case), in the table's order. */
    public static List<ExportFormat> withExtension(String extension) {
        return ALL.stream().filter(f -> f.extension().equals(extension)).toList();
    }

    /** Every extension of the table once, in its order. */
    public static List<String> extensions() {
        return ALL.stream().map(ExportFormat::extension).distinct().toList();
    }

    /** The data and pictures of one day leave out the ties of the hidden types and the less sure, as the pictures do. */
    static Snapshot shown(Snapshot snapshot, ExportOptions display) {
        return new Snapshot(snapshot.date(), snapshot.states(),
                snapshot.ties().stream().filter(display::shows).toList());
    }

    @FunctionalInterface
    private interface PictureWriting {
        void write(NetworkScene scene, ExportRequest request, Path part) throws IOException;
    }

    @FunctionalInterface
    private interface SnapshotWriting {
        void write(SnapshotWriter writer, Snapshot snapshot, Writer out) throws IOException;
    }

    @FunctionalInterface
    private interface DatasetWriting {
        void write(Dataset dataset, Path part) throws IOException;
    }

    /** A still picture of the request's date. */
    private static ExportFormat.Writer picture(PictureWriting writing) {
        return (source, request, out, progress, cancelled) -> still(out, progress, cancelled,
                part -> writing.write(source.scene(request.date(), request), request, part));
    }

    /** The network of the request's date as data, without the ties of the hidden types. */
    private static ExportFormat.Writer snapshot(SnapshotWriting writing) {
        return (source, request, out, progress, cancelled) -> still(out, progress, cancelled, part -> {
            try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                writing.write(new SnapshotWriter(), shown(source.index().snapshotAt(request.date()),
                        request.display()), writer);
            }
        });
    }

    /** The whole dataset, in full. */
    private static ExportFormat.Writer dataset(DatasetWriting writing) {
        return (source, request, out, progress, cancelled) -> still(out, progress, cancelled,
                part -> writing.write(source.dataset(), part));
    }

    private static List<Path> writeGif(ExportSource source, ExportRequest request, Path out,
                                       Animation.Progress progress, BooleanSupplier cancelled) throws IOException {
        var days = Animation.frameDays(source.index(), request.from(), request.to(), request.step());
        writeBeside(out, part -> Animation.writeGif(day -> source.scene(day, request), days, request.width(),
                request.height(), request.frameMillis(), part, progress, cancelled));
        return List.of(out);
    }

    private static List<Path> writePngSequence(ExportSource source, ExportRequest request, Path out,
                                               Animation.Progress progress, BooleanSupplier cancelled)
            throws IOException {
        var days = Animation.frameDays(source.index(), request.from(), request.to(), request.step());
        return Animation.writePngSequence(day -> source.scene(day, request), days, request.width(), request.height(),
                out, progress, cancelled);
    }

    /** Writes a format of one step, done at once: cancelled before it starts, or not at all. */
    private static List<Path> still(Path out, Animation.Progress progress, BooleanSupplier cancelled,
                                    PartWriter writing) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
        writeBeside(out, writing);
        progress.frameDone(1, 1);
        return List.of(out);
    }

    /**
     * The saved views as a PDF deck, one page each after a title page (see {@link BriefingDeck}), written beside
     * {@code out} and moved into place when complete.
     */
    public static void writeBriefing(ExportSource source, List<SavedView> views, Path out) throws IOException {
        writeBeside(out, part -> new BriefingDeck(source).write(views, part));
    }

    @FunctionalInterface
    private interface PartWriter {
        void write(Path part) throws IOException;
    }

    /** Writes a hidden file beside {@code out}, then moves it into place; on failure {@code out} is untouched. */
    private static void writeBeside(Path out, PartWriter writing) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        if (!Files.isDirectory(folder)) {
            // A path such as missing/../out names a folder that cannot be made: one line, not ImageIO's trace.
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path part = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        boolean moved = false;
        try {
            writing.write(part);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(part);
            }
        }
    }
}
