package org.diplomap.ui.export;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.diplomap.io.SnapshotWriter;
import org.diplomap.render.VectorExports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.diplomap.render.Animation;
import org.diplomap.render.SnapshotRenderer;

/** The exporters of the export window: pictures (PNG, SVG, PDF), animations (GIF, PNG sequence) and data. */
public final class Exporters {

    /** Every format the dialog offers, in its order, whether or not an exporter for it is present. */
    public static final List<String> FORMATS = List.of("png", "svg", "pdf", "gif", "png-sequence", "csv", "json");

    private Exporters() {
    }

    public static Map<String, Exporter> builtIn() {
        Map<String, Exporter> exporters = new LinkedHashMap<>();
        for (Exporter exporter : List.of(png(), svg(), pdf(), gif(), pngSequence(), csv(), json())) {
            exporters.put(exporter.format(), exporter);
        }
        return exporters;
    }

    /** Whether the format is an animation, with a span of dates rather than one date. */
    public static boolean animated(String format) {
        return "gif".equals(format) || "png-sequence".equals(format);
    }

    public static Exporter png() {
        return exporter("png", "png", (request, out, progress, cancelled) -> {
            new SnapshotRenderer().writePng(request.scene(), request.width(), request.height(), out);
            progress.frameDone(1, 1);
        });
    }

    public static Exporter svg() {
        return exporter("svg", "svg", (request, out, progress, cancelled) -> {
            new VectorExports().writeSvg(request.scene(), request.width(), request.height(), out);
            progress.frameDone(1, 1);
        });
    }

    public static Exporter pdf() {
        return exporter("pdf", "pdf", (request, out, progress, cancelled) -> {
            new VectorExports().writePdf(request.scene(), request.width(), request.height(), out);
            progress.frameDone(1, 1);
        });
    }

    /** The snapshot at the date as CSV (cells a spreadsheet would run are made inert). */
    public static Exporter csv() {
        return exporter("csv", "csv", (request, out, progress, cancelled) -> {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                new SnapshotWriter().writeCsv(request.index().snapshotAt(request.date()), writer);
            }
            progress.frameDone(1, 1);
        });
    }

    /** The snapshot at the date as JSON. */
    public static Exporter json() {
        return exporter("json", "json", (request, out, progress, cancelled) -> {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                new SnapshotWriter().writeJson(request.index().snapshotAt(request.date()), writer);
            }
            progress.frameDone(1, 1);
        });
    }

    public static Exporter gif() {
        return exporter("gif", "gif", (request, out, progress, cancelled) -> Animation.writeGif(request.index(),
                request.layout(), request.title(), request.frameDays(), request.width(), request.height(),
                request.frameMillis(), out, progress, cancelled));
    }

    public static Exporter pngSequence() {
        return exporter("png-sequence", "png", (request, out, progress, cancelled) -> Animation.writePngSequence(
                request.index(), request.layout(), request.title(), request.frameDays(), request.width(),
                request.height(), out, progress, cancelled));
    }

    private interface Writing {
        void write(ExportRequest request, Path out, Animation.Progress progress,
                   BooleanSupplier cancelled) throws IOException;
    }

    private static Exporter exporter(String format, String extension, Writing writing) {
        return new Exporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String extension() {
                return extension;
            }

            @Override
            public void write(ExportRequest request, Path out, Animation.Progress progress,
                              BooleanSupplier cancelled) throws IOException {
                writing.write(request, out, progress, cancelled);
            }
        };
    }
}
