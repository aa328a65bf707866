package org.diplomap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.SavedView;
import org.diplomap.model.TieType;
import org.diplomap.render.Animation;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportRequest;
import org.diplomap.render.export.ExportSource;
import org.diplomap.render.export.InvalidExportException;
import org.diplomap.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Exports through the table of {@link ExportFormats}, as the export window does: the extension of {@code --out}
 * and whether a date or a span is given choose the format; the options fill one {@link ExportRequest}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
    "Write the network at a date as a picture or as data, an animation over a span of dates,",
    "or the whole dataset. The format follows the file's extension (see Formats below)."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    DiplomapCommand parent;

    @Mixin
    LockOptions lock;

    @Option(names = "--date", paramLabel = "D",
            description = "YYYY-MM-DD, YYYY-MM or YYYY; needed for pictures and data of one date,"
                    + " absent for the whole dataset.")
    String date;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write; its extension names the format.")
    Path out;

    @Option(names = "--width", paramLabel = "W",
            description = "Width in pixels, or points for PDF (default: ${DEFAULT-VALUE}).")
    int width = ExportRequest.DEFAULT.width();

    @Option(names = "--height", paramLabel = "H",
            description = "Height in pixels, or points for PDF (default: ${DEFAULT-VALUE}).")
    int height = ExportRequest.DEFAULT.height();

    @Option(names = "--scale", paramLabel = "S",
            description = "PNG pixel density: at 2 the picture has twice the pixels each way"
                    + " (default: ${DEFAULT-VALUE}).")
    double scale = ExportRequest.DEFAULT.scale();

    @Option(names = "--layout", paramLabel = "network|geographic|matrix",
            description = "Where states are placed, in pictures and animations (default: ${DEFAULT-VALUE}).")
    String layout = ExportRequest.DEFAULT.layout().code();

    @Option(names = "--focus", paramLabel = "CODE",
            description = "Stress this state and its neighbours; fade the rest.")
    String focus;

    @Option(names = "--filter", paramLabel = "TYPES",
            description = "Comma-separated tie types to show (recognition,ambassador,engagement), in pictures,"
                    + " animations and data; default: all.")
    String filter;

    @Option(names = "--from", paramLabel = "D1", description = "First date of an animation (gif, or a png sequence).")
    String from;

    @Option(names = "--to", paramLabel = "D2", description = "Last date of an animation.")
    String to;

    @Option(names = "--step", paramLabel = "event|1m|1y",
            description = "One frame per day with an event, per month or per year (default: ${DEFAULT-VALUE}).")
    String step = ExportRequest.DEFAULT.step().text();

    @Option(names = "--frame-ms", paramLabel = "MS",
            description = "How long each GIF frame shows (default: ${DEFAULT-VALUE}).")
    int frameMillis = ExportRequest.DEFAULT.frameMillis();

    @Option(names = "--no-title", description = "Leave out the dataset's title.")
    boolean noTitle;

    @Option(names = "--no-date", description = "Leave out the date caption.")
    boolean noDate;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    boolean noLegend;

    @Option(names = "--no-source", description = "Leave out the source line.")
    boolean noSource;

    @Mixin
    ConfidenceOption confidence;

    @Option(names = "--hide-states-without-ties",
            description = "Leave out the states without an active tie of a type shown, as the window's legend can.")
    boolean hideStatesWithoutTies;

    @Option(names = "--briefing",
            description = "Write the saved views, in briefing order, as a PDF deck: a title page, then one page per"
                    + " view with its picture, name, date, caption and sources. Needs --out FILE.pdf.")
    boolean briefing;

    @Spec
    CommandSpec spec;

    /** Lists the formats of the table below the options of {@code export}'s help. */
    static void listFormats(CommandLine export) {
        StringBuilder footer = new StringBuilder("%nFormats:%n");
        for (ExportFormat format : ExportFormats.ALL) {
            footer.append(String.format(Locale.ROOT, "  %-13s *.%-5s %-17s %s%n", format.name(), format.extension(),
                    needs(format), format.description()).replace("%", "%%"));
        }
        export.getCommandSpec().usageMessage().footer(footer.toString());
    }

    private static String needs(ExportFormat format) {
        return switch (format.needs()) {
            case DATE -> "--date D";
            case SPAN -> "--from D1 --to D2";
            case NOTHING -> "no date";
        };
    }

    @Override
    public Integer call() throws Exception {
        if (briefing) {
            return writeBriefing();
        }
        boolean span = from != null || to != null;
        ExportFormat format = formatOf(span);
        ExportRequest request = ExportRequest.DEFAULT.withSize(width, height).withScale(scale)
                .withLayout(layoutKind()).withFrameMillis(frameMillis);
        if (format.animated()) {
            request = withSpan(request);
        } else if (date != null) {
            request = request.withDate(Dates.parseOption("--date", date));
        }
        if (format.kind() == ExportFormat.Kind.DATASET) {
            checkWrittenInFull(format);
        }
        String focusCode = focus == null ? null : focus.strip().toUpperCase(Locale.ROOT);
        request = request.withDisplay(new ExportOptions(!noTitle, !noDate, !noLegend, !noSource, hiddenTypes(),
                focusCode, hideStatesWithoutTies, confidence.least()));
        checked(format, request, null);

        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            ExportSource source = ExportSource.computingLayouts(workspace.index(), workspace.store()::load);
            checked(format, request, source);
            List<Path> written = format.write(source, request, out, Animation.Progress.NONE, () -> false);
            report(format, source, request, written);
        }
        return 0;
    }

    /** The saved views as a deck: each page takes its date, layout and filters from its view. */
    private int writeBriefing() throws Exception {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new BadInputException("--out: " + out + ": a briefing deck is a PDF; name the file *.pdf");
        }
        if (date != null || from != null || to != null) {
            throw new BadInputException((date != null ? "--date" : from != null ? "--from" : "--to")
                    + ": each page of a briefing deck shows the date of its saved view; leave it out");
        }
        if (focus != null || filter != null || hideStatesWithoutTies || !"network".equals(layout)) {
            throw new BadInputException("--briefing: each page takes its layout, filters and focus from its saved"
                    + " view; leave out --layout, --filter, --focus and --hide-states-without-ties");
        }
        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            List<SavedView> views = workspace.store().savedViews();
            if (views.isEmpty()) {
                throw new BadInputException("--briefing: " + parent.databasePath()
                        + ": no saved views to make a deck of; save views in the window (Ctrl+S) first");
            }
            ExportSource source = ExportSource.computingLayouts(workspace.index(), workspace.store()::load);
            ExportFormats.writeBriefing(source, views, out);
            spec.commandLine().getOut().printf("Wrote %s (a title page and %d %s)%n", out, views.size(),
                    views.size() == 1 ? "view" : "views");
        }
        return 0;
    }

    /**
     * The format of {@code --out}: the one of its extension, and of those (json, png) the one that fits what is
     * given: a span for an animation, a date for one day, neither for the whole dataset.
     */
    private ExportFormat formatOf(boolean span) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        List<ExportFormat> candidates = ExportFormats.withExtension(extension);
        if (candidates.isEmpty()) {
            throw new BadInputException("--out: " + out + ": unknown format; name the file "
                    + ExportFormats.extensions().stream().map(e -> "*." + e).collect(Collectors.joining(", ")));
        }
        if (span || candidates.stream().allMatch(ExportFormat::animated)) {
            return candidates.stream().filter(ExportFormat::animated).findFirst()
                    .orElseThrow(() -> new BadInputException("--out: " + out + ": an animation is written as "
                            + ExportFormats.ALL.stream().filter(ExportFormat::animated).map(f -> "*." + f.extension())
                            .distinct().collect(Collectors.joining(" or "))));
        }
        ExportFormat.Needs needed = date == null ? ExportFormat.Needs.NOTHING : ExportFormat.Needs.DATE;
        Optional<ExportFormat> fitting = candidates.stream().filter(f -> f.needs() == needed).findFirst();
        if (fitting.isPresent()) {
            return fitting.get();
        }
        ExportFormat other = candidates.stream().filter(f -> !f.animated()).findFirst().orElseThrow();
        if (date == null) {
            throw new BadInputException("--date: a " + other.name() + " export shows one date; give --date D");
        }
        throw new BadInputException("--date: " + wholeDataset(other) + "; leave --date out");
    }

    /** Why a whole-dataset format takes no date: said by the extension when the same one can also hold one date. */
    private static String wholeDataset(ExportFormat format) {
        boolean datedTwin = ExportFormats.withExtension(format.extension()).size() > 1;
        return datedTwin ? "a " + format.extension() + " export without --date is the whole dataset"
                : "a " + format.name() + " export holds every date";
    }

    private ExportRequest withSpan(ExportRequest request) {
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
        try {
            return request.withSpan(first, last, Animation.Step.parse(step));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--step: " + e.getMessage());
        }
    }

    /** The whole dataset is written in full, so what leaves out or stresses part of it makes no sense. */
    private void checkWrittenInFull(ExportFormat format) {
        if (focus != null || filter != null || confidence.minConfidence != null) {
            String option = focus != null ? "--focus" : filter != null ? "--filter" : "--min-confidence";
            throw new BadInputException(option + ": " + wholeDataset(format)
                    + " and is written in full; give --date D to export one date");
        }
    }

    /** The registry's checks, said as the command line says bad input: the option first. */
    private static void checked(ExportFormat format, ExportRequest request, ExportSource source) {
        try {
            if (source == null) {
                format.check(request);
            } else {
                format.check(source, request);
            }
        } catch (InvalidExportException e) {
            throw new BadInputException(e.option().flag() + ": " + e.reason());
        }
    }

    private LayoutKind layoutKind() {
        return LayoutKind.fromCode(layout).orElseThrow(() -> new BadInputException(
                "--layout: '" + layout + "' is not a layout; give network, geographic or matrix"));
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

    private void report(ExportFormat format, ExportSource source, ExportRequest request, List<Path> written) {
        PrintWriter said = spec.commandLine().getOut();
        if (format.kind() == ExportFormat.Kind.DATASET) {
            said.printf("Wrote %s (the whole dataset)%n", out);
        } else if (format.kind() == ExportFormat.Kind.DATA) {
            said.printf("Wrote %s%n", out);
        } else if (!format.animated()) {
            said.printf("Wrote %s (%dx%d)%n", out, request.width(), request.height());
        } else if (written.equals(List.of(out))) {
            said.printf("Wrote %s (%d frames, %dx%d)%n", out,
                    format.frameDays(source, request).size(),
                    request.width(), request.height());
        } else {
            said.printf("Wrote %d frames: %s ... %s%n", written.size(), written.get(0),
                    written.get(written.size() - 1));
        }
    }
}
