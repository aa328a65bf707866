package org.diplomap.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplomap.graph.GeoLayout;
import org.diplomap.graph.Layout;
import org.diplomap.graph.StableLayout;
import org.diplomap.io.DatasetWriter;
import org.diplomap.io.GexfWriter;
import org.diplomap.io.SnapshotWriter;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.Snapshot;
import org.diplomap.model.TieType;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.render.VectorExports;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
    "Write the network at a date as a picture (png, svg, pdf) or as data (csv, json),",
    "or the whole dataset (gexf, or json without --date). The format follows the file's extension."})
final class ExportCommand implements Callable<Integer> {

    /** Beyond this a picture no longer fits in memory comfortably (16384 x 16384 x 4 bytes = 1 GiB). */
    static final int MAX_SIDE = 16_384;

    enum Format {
        PNG, SVG, PDF, CSV, JSON, GEXF, GIF;

        boolean isPicture() {
            return this == PNG || this == SVG || this == PDF;
        }
    }

    @ParentCommand
    DiplomapCommand parent;

    @Mixin
    LockOptions lock;

    @Option(names = "--date", paramLabel = "D",
            description = "YYYY-MM-DD, YYYY-MM or YYYY; needed for pictures and csv, absent for the whole dataset.")
    String date;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "FILE.png, .svg, .pdf, .csv, .json or .gexf.")
    Path out;

    @Option(names = "--width", paramLabel = "W", description = "Width in pixels, or points for PDF (default: 1600).")
    int width = 1600;

    @Option(names = "--height", paramLabel = "H", description = "Height in pixels, or points for PDF (default: 1000).")
    int height = 1000;

    @Option(names = "--scale", paramLabel = "S",
            description = "PNG pixel density: at 2 the picture has twice the pixels each way (default: 1).")
    double scale = 1;

    @Option(names = "--layout", paramLabel = "network|geographic", description = "Where states are placed (default: network).")
    String layout = LayoutKind.NETWORK.code();

    @Option(names = "--focus", paramLabel = "CODE", description = "Stress this state and its neighbours; fade the rest.")
    String focus;

    @Option(names = "--filter", paramLabel = "TYPES",
            description = "Comma-separated tie types to show (recognition,ambassador,engagement); default: all.")
    String filter;

    @Option(names = "--from", paramLabel = "D1", description = "First date of an animation (gif, or a png sequence).")
    String from;

    @Option(names = "--to", paramLabel = "D2", description = "Last date of an animation.")
    String to;

    @Option(names = "--step", paramLabel = "event|1m|1y",
            description = "One frame per day with an event, per month or per year (default: event).")
    String step = "event";

    @Option(names = "--frame-ms", paramLabel = "MS", description = "How long each GIF frame shows (default: 700).")
    int frameMillis = 700;

    @Option(names = "--no-title", description = "Leave out the dataset's title.")
    boolean noTitle;

    @Option(names = "--no-date", description = "Leave out the date caption.")
    boolean noDate;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    boolean noLegend;

    @Option(names = "--no-source", description = "Leave out the source line.")
    boolean noSource;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Format format = formatOf(out);
        if (from != null || to != null || format == Format.GIF) {
            return animate(format);
        }
        LocalDate day = date == null ? null : Dates.parseOption("--date", date);
        boolean wholeDataset = format == Format.GEXF || (format == Format.JSON && day == null);
        if (wholeDataset) {
            checkWholeDataset(format);
        } else if (day == null) {
            throw new BadInputException("--date: a " + format.name().toLowerCase(Locale.ROOT)
                    + " export shows one date; give --date D");
        }
        Set<TieType> hidden = hiddenTypes();
        LayoutKind layoutKind = LayoutKind.fromCode(layout).orElseThrow(() -> new BadInputException(
                "--layout: '" + layout + "' is not a layout; give network or geographic"));
        if (format.isPicture()) {
            checkSide("--width", width);
            checkSide("--height", height);
            checkScale(format);
        }

        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            TimelineIndex index = workspace.index();
            String focusCode = focusCode(index);
            if (wholeDataset) {
                writeDataset(workspace, format);
                spec.commandLine().getOut().printf("Wrote %s (the whole dataset)%n", out);
                return 0;
            }
            Snapshot snapshot = index.snapshotAt(day);
            if (format.isPicture()) {
                writePicture(index, snapshot, format, layoutKind, hidden, focusCode);
                spec.commandLine().getOut().printf("Wrote %s (%dx%d)%n", out, width, height);
            } else {
                writeSnapshot(shown(snapshot, hidden), format);
                spec.commandLine().getOut().printf("Wrote %s%n", out);
            }
        }
        return 0;
    }

    /** An animation: one frame per event day, month or year from --from to --to, each with its date. */
    private int animate(Format format) throws IOException {
        if (format != Format.GIF && format != Format.PNG) {
            throw new BadInputException("--out: " + out + ": an animation is written as *.gif or as a *.png sequence");
        }
        if (from == null || to == null) {
            throw new BadInputException((from == null ? "--from" : "--to")
                    + ": an animation needs both --from D1 and --to D2");
        }
        if (date != null) {
            throw new BadInputException("--date: an animation runs from --from to --to; leave --date out");
        }
        LocalDate first = Dates.parseOption("--from", from);
        LocalDate last = Dates.parseOption("--to", to);
        if (last.isBefore(first)) {
            throw new BadInputException("--to: " + to + " is before --from " + from);
        }
        Animation.Step frames;
        try {
            frames = Animation.Step.parse(step);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--step: " + e.getMessage());
        }
        checkSide("--width", width);
        checkSide("--height", height);
        if (frameMillis <= 0) {
            throw new BadInputException("--frame-ms: " + frameMillis + " is not a duration; give milliseconds above 0");
        }
        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            TimelineIndex index = workspace.index();
            Layout placed = StableLayout.compute(index.states(), index.ties());
            List<LocalDate> days = Animation.frameDays(index, first, last, frames);
            createParent();
            if (format == Format.GIF) {
                Animation.writeGif(index, placed, index.title(), days, width, height, frameMillis, out,
                        Animation.Progress.NONE);
                spec.commandLine().getOut().printf("Wrote %s (%d frames, %dx%d)%n", out, days.size(), width, height);
            } else {
                List<Path> files = Animation.writePngSequence(index, placed, index.title(), days, width, height, out,
                        Animation.Progress.NONE);
                spec.commandLine().getOut().printf("Wrote %d frames: %s ... %s%n", files.size(), files.get(0),
                        files.get(files.size() - 1));
            }
        }
        return 0;
    }

    private static Format formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
        return Arrays.stream(Format.values()).filter(f -> f.name().equals(extension)).findFirst()
                .orElseThrow(() -> new BadInputException("--out: " + file
                        + ": unknown format; name the file *.png, *.svg, *.pdf, *.csv, *.json, *.gexf or *.gif"));
    }

    /** The whole dataset has no single date, and it is written in full, so picture options make no sense. */
    private void checkWholeDataset(Format format) {
        String what = format == Format.GEXF ? "a gexf export holds every date" : "a json export without --date is the whole dataset";
        if (date != null) {
            throw new BadInputException("--date: " + what + "; leave --date out");
        }
        if (focus != null || filter != null) {
            throw new BadInputException((focus != null ? "--focus" : "--filter") + ": " + what
                    + " and is written in full; give --date D to export one date");
        }
    }

    private Set<TieType> hiddenTypes() {
        if (filter == null) {
            return Set.of();
        }
        Set<TieType> shown = EnumSet.noneOf(TieType.class);
        for (String word : filter.split(",", -1)) {
            String code = word.strip();
            shown.add(TieType.fromCode(code).orElseThrow(() -> new BadInputException("--filter: '" + code
                    + "' is not a tie type; give some of " + Arrays.stream(TieType.values()).map(TieType::code)
                    .collect(Collectors.joining(",")))));
        }
        Set<TieType> hidden = EnumSet.allOf(TieType.class);
        hidden.removeAll(shown);
        return hidden;
    }

    private String focusCode(TimelineIndex index) {
        if (focus == null) {
            return null;
        }
        String code = focus.strip().toUpperCase(Locale.ROOT);
        if (index.state(code).isEmpty()) {
            throw new BadInputException("--focus: '" + focus + "' is not the code of a state of the dataset");
        }
        return code;
    }

    private void writeDataset(Workspace workspace, Format format) throws IOException {
        createParent();
        if (format == Format.GEXF) {
            new GexfWriter().write(workspace.store().load(), out);
        } else {
            new DatasetWriter().write(workspace.store().load(), out);
        }
    }

    private static Snapshot shown(Snapshot snapshot, Set<TieType> hidden) {
        return new Snapshot(snapshot.date(), snapshot.states(),
                snapshot.ties().stream().filter(t -> !hidden.contains(t.type())).toList());
    }

    private void writeSnapshot(Snapshot snapshot, Format format) throws IOException {
        createParent();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                new SnapshotWriter().writeCsv(snapshot, writer);
            } else {
                new SnapshotWriter().writeJson(snapshot, writer);
            }
        }
    }

    private void writePicture(TimelineIndex index, Snapshot snapshot, Format format, LayoutKind layoutKind,
                              Set<TieType> hidden, String focusCode) throws IOException {
        boolean geographic = layoutKind == LayoutKind.GEOGRAPHIC;
        Layout placed = geographic
                ? GeoLayout.compute(index.states(), WorldAtlas.bundled())
                : StableLayout.compute(index.states(), index.ties());
        String source = index.title() == null ? "Diplomap" : "Diplomap \u00B7 " + index.title();
        ExportOptions options = new ExportOptions(!noTitle, !noDate, !noLegend, !noSource, hidden, focusCode);
        NetworkScene scene = new NetworkScene(snapshot, index.states(), placed, index.title(), source, options);
        if (geographic) {
            scene = scene.withMap(WorldAtlas.bundled().outlines());
        }
        switch (format) {
            case PNG -> new SnapshotRenderer().writePng(scene, width, height, scale, out);
            case SVG -> new VectorExports().writeSvg(scene, width, height, out);
            case PDF -> new VectorExports().writePdf(scene, width, height, out);
            default -> throw new IllegalStateException("not a picture: " + format);
        }
    }

    private void createParent() throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
    }

    private void checkScale(Format format) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new BadInputException("--scale: " + scale + " is not a scale; give a number above 0, such as 2");
        }
        if (format == Format.PNG && Math.max(width, height) * scale > MAX_SIDE) {
            throw new BadInputException("--scale: " + width + "x" + height + " at " + scale
                    + " is over " + MAX_SIDE + " pixels a side");
        }
    }

    private static void checkSide(String option, int pixels) {
        if (pixels <= 0 || pixels > MAX_SIDE) {
            throw new BadInputException(option + ": " + pixels + " is not a size; give 1 to " + MAX_SIDE + " pixels");
        }
    }
}
