package org.diplomap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplomap.model.State;
import org.diplomap.render.RecognitionChart;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.RecognitionCounts;
import org.diplomap.timeline.TimelineIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "chart", mixinStandardHelpOptions = true, description = "Draw, as PNG, how many states recognised some governments at each year's end.")
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    DiplomapCommand parent;

    @Mixin
    LockOptions lock;

    @Option(names = "--recognising", required = true, split = ",", paramLabel = "CODE[,CODE...]",
            description = "The recognised states, one line each (for example CHN,TWN).")
    List<String> recognised;

    @Option(names = "--from", required = true, paramLabel = "YEAR", description = "The first year.")
    int fromYear;

    @Option(names = "--to", required = true, paramLabel = "YEAR", description = "The last year.")
    int toYear;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
    Path out;

    @Option(names = "--width", paramLabel = "W", description = "Width in pixels (default: 900).")
    int width = 900;

    @Option(names = "--height", paramLabel = "H", description = "Height in pixels (default: 500).")
    int height = 500;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title (default: the dataset's title).")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        try (Workspace workspace = lock.open(parent.databasePath(), spec.commandLine().getErr())) {
            TimelineIndex index = workspace.index();
            List<RecognitionChart.Series> series = new ArrayList<>();
            for (String code : recognised) {
                String name = index.state(code).map(State::name)
                        .orElseThrow(() -> new BadInputException("--recognising: " + code + " is not a state of the database"));
                series.add(new RecognitionChart.Series("Recognising " + name + " (" + code + ")",
                        RecognitionCounts.atYearEnds(index, code, fromYear, toYear)));
            }
            String heading = title != null ? title : index.title() != null ? index.title() : "Recognition over time";
            new RecognitionChart(heading, series).writePng(out, width, height);
        }
        return 0;
    }

    private void checkOptions() {
        if (toYear < fromYear) {
            throw new BadInputException("--to: the last year " + toYear + " is before the first year " + fromYear);
        }
        if (!out.getFileName().toString().toLowerCase().endsWith(".png")) {
            throw new BadInputException("--out: " + out + ": the chart is written as PNG; name it *.png");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("--out: " + folder + ": no such folder");
        }
        if (width < 200 || height < 150) {
            throw new BadInputException("--width/--height: a chart needs at least 200x150 pixels");
        }
    }
}
