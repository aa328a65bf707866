package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.diplomap.render.Animation;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnimationCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db").toString()));
        all.addAll(List.of(args));
        return DiplomapCommand.run(all.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
    }

    @Test
    void aGifHasOneFramePerEventDayOfTheRange() throws Exception {
        Path gif = dir.resolve("afghanistan.gif");
        StringWriter err = new StringWriter();

        int status = run(err, "export", "--from", "2024-01-01", "--to", "2025-12-31", "--step", "event",
                "--out", gif.toString(), "--width", "400", "--height", "250");

        assertThat(status).as(err.toString()).isZero();
        TimelineIndex index = TimelineIndex.of(Workspace.bundledDataset());
        int expected = Animation.frameDays(index, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                Animation.Step.EVENT).size();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(expected).isGreaterThan(10);
        }
    }

    @Test
    void aPngSequenceWritesOneNumberedFilePerYear() throws Exception {
        StringWriter err = new StringWriter();

        int status = run(err, "export", "--from", "2020", "--to", "2025", "--step", "1y",
                "--out", dir.resolve("frames/year.png").toString(), "--width", "300", "--height", "200");

        assertThat(status).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("frames"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("year-0001.png", "year-0002.png", "year-0003.png", "year-0004.png",
                            "year-0005.png", "year-0006.png");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--from=2025|--to=2024|--out=x.gif|--to: 2024 is before --from 2025",
        "--from=2024|--to=2025|--out=x.gif --step=fortnight|--step:",
        "--from=2024|--to=2025|--out=x.svg|an animation is written as *.gif",
        "--to=2025|--out=x.gif|--width=300|--from: an animation needs both"
    })
    void badAnimationOptionsExitWithStatusTwoAndOneLine(String first, String second, String third, String message) {
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("export"));
        for (String option : (first + " " + second + " " + third).split(" ")) {
            args.add(option.replace("x.", dir.resolve("x.").toString()));
        }

        int status = run(err, args.toArray(String[]::new));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains(message);
    }
}
