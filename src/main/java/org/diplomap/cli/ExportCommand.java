package org.diplomap.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diplomap.graph.Layout;
import org.diplomap.graph.StableLayout;
import org.diplomap.render.ExportScene;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write the network at a date as a PNG image, with its legend and the date.")
final class ExportCommand implements Callable<Integer> {

    /** Beyond this a picture no longer fits in memory comfortably (16384 x 16384 x 4 bytes = 1 GiB). */
    static final int MAX_SIDE = 16_384;

    @ParentCommand
    DiplomapCommand parent;

    @Option(names = "--date", required = true, paramLabel = "D", description = "YYYY-MM-DD, YYYY-MM or YYYY.")
    String date;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The image to write.")
    Path out;

    @Option(names = "--width", paramLabel = "W", description = "Width in pixels (default: 1600).")
    int width = 1600;

    @Option(names = "--height", paramLabel = "H", description = "Height in pixels (default: 1000).")
    int height = 1000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = Dates.parseOption("--date", date);
        if (!out.getFileName().toString().toLowerCase().endsWith(".png")) {
            throw new BadInputException("--out: " + out + ": only PNG images are written; name the file *.png");
        }
        checkSide("--width", width);
        checkSide("--height", height);
        try (Workspace workspace = Workspace.open(parent.databasePath())) {
            TimelineIndex index = workspace.index();
            Layout layout = StableLayout.compute(index.states(), index.ties());
            String source = index.title() == null ? "Diplomap" : "Diplomap \u00B7 " + index.title();
            ExportScene scene = new ExportScene(index.snapshotAt(day), index.states(), layout, index.title(), source);
            new SnapshotRenderer().writePng(scene, width, height, out);
        }
        spec.commandLine().getOut().printf("Wrote %s (%dx%d)%n", out, width, height);
        return 0;
    }

    private static void checkSide(String option, int pixels) {
        if (pixels <= 0 || pixels > MAX_SIDE) {
            throw new BadInputException(option + ": " + pixels + " is not a size; give 1 to " + MAX_SIDE + " pixels");
        }
    }
}
