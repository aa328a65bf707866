package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.diplomap.graph.Layout;
import org.diplomap.graph.StableLayout;
import org.diplomap.model.Dataset;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimationTest {

    private static TimelineIndex index;
    private static Layout layout;

    @TempDir
    Path dir;

    @BeforeAll
    static void bundled() {
        Dataset dataset = Workspace.bundledDataset();
        index = TimelineIndex.of(dataset);
        layout = StableLayout.compute(dataset.states(), dataset.ties());
    }

    private static List<LocalDate> monthly(int frames) {
        LocalDate from = LocalDate.of(2021, 1, 1);
        return Animation.frameDays(index, from, from.plusMonths(frames - 1), Animation.Step.MONTH);
    }

    @Test
    void eventFramesAreTheStartAndEveryEventDayUpToTheEnd() {
        LocalDate from = LocalDate.of(2021, 8, 20);
        LocalDate to = LocalDate.of(2025, 7, 3);
        List<LocalDate> expected = new ArrayList<>();
        expected.add(from);
        index.events().stream()
                .map(TimelineEvent::date).map(d -> d.firstDay())
                .filter(d -> d.isAfter(from) && !d.isAfter(to))
                .distinct().forEach(expected::add);

        List<LocalDate> days = Animation.frameDays(index, from, to, Animation.Step.EVENT);

        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(days).containsExactlyElementsOf(expected);
        assertThat(days).last().isEqualTo(to);
    }

    @Test
    void aYearByMonthGivesThirteenFramesBothEndsIncluded() {
        List<LocalDate> days = Animation.frameDays(index, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31),
                Animation.Step.MONTH);

        assertThat(days).hasSize(13);
        assertThat(days.get(1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(days.get(2)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(days).last().isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void yearlyFramesStopBeforeTheEndWhenTheEndIsNotAWholeYear() {
        List<LocalDate> days = Animation.frameDays(index, LocalDate.of(1997, 5, 25), LocalDate.of(2000, 5, 24),
                Animation.Step.YEAR);

        assertThat(days).containsExactly(LocalDate.of(1997, 5, 25), LocalDate.of(1998, 5, 25),
                LocalDate.of(1999, 5, 25));
    }

    @Test
    void stepsAreReadFromTheirShortNames() {
        assertThat(Animation.Step.parse("event")).isEqualTo(Animation.Step.EVENT);
        assertThat(Animation.Step.parse("1M")).isEqualTo(Animation.Step.MONTH);
        assertThat(Animation.Step.parse(" 1y ")).isEqualTo(Animation.Step.YEAR);
        assertThatThrownBy(() -> Animation.Step.parse("2w"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2w'").hasMessageContaining("event").hasMessageContaining("1m");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> Animation.frameDays(index, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1),
                Animation.Step.YEAR)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void theGifHasOneImagePerFrameLoopsAndWaitsBetweenFrames() throws IOException {
        Path gif = dir.resolve("ties.gif");
        List<Integer> reported = new ArrayList<>();

        Animation.writeGif(index, layout, "Test", monthly(10), 200, 140, 250, gif, (done, total) -> {
            assertThat(total).isEqualTo(10);
            reported.add(done);
        });

        assertThat(reported).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(10);
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(loop).isNotNull();
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat(loop.getAttribute("authenticationCode")).isEqualTo("2.0");
            assertThat((byte[]) loop.getUserObject()).containsExactly(1, 0, 0);
            IIOMetadataNode last = (IIOMetadataNode) reader.getImageMetadata(9).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) last.getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(control.getAttribute("delayTime")).isEqualTo("25");
            assertThat(reader.getWidth(0)).isEqualTo(200);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void framesShowTheirOwnDate() throws IOException {
        Path gif = dir.resolve("two.gif");
        List<LocalDate> days = List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1));
        Animation.writeGif(index, layout, null, days, 480, 300, 100, gif, Animation.Progress.NONE);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            // The top left corner holds the date caption and nothing else.
            assertThat(differentPixels(reader.read(0), reader.read(1))).isGreaterThan(20);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void thePngSequenceWritesOneNumberedFilePerFrame() throws IOException {
        List<Path> files = Animation.writePngSequence(index, layout, "Test", monthly(4), 160, 120,
                dir.resolve("map.png"), Animation.Progress.NONE);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("map-0001.png", "map-0002.png", "map-0003.png", "map-0004.png");
        try (Stream<Path> listed = Files.list(dir)) {
            assertThat(listed).hasSize(4);
        }
        assertThat(ImageIO.read(files.get(3).toFile()).getWidth()).isEqualTo(160);
    }

    @Test
    void aFolderGetsFrameFiles() throws IOException {
        Path folder = dir.resolve("frames");
        List<Path> files = Animation.writePngSequence(index, layout, null, monthly(2), 100, 80, folder,
                Animation.Progress.NONE);

        assertThat(files).containsExactly(folder.resolve("frame-0001.png"), folder.resolve("frame-0002.png"));
        assertThat(files).allMatch(Files::isRegularFile);
    }

    @Test
    void aGifCancelledAfterThreeFramesStopsAndLeavesNoFile() {
        Path gif = dir.resolve("cancelled.gif");
        AtomicInteger done = new AtomicInteger();

        assertThatThrownBy(() -> Animation.writeGif(index, layout, null, monthly(10), 160, 120, 100, gif,
                (n, total) -> done.set(n), () -> done.get() >= 3))
                .isInstanceOf(CancellationException.class);

        assertThat(done.get()).isEqualTo(3);
        assertThat(gif).doesNotExist();
    }

    @Test
    void aPngSequenceCancelledAfterThreeFramesLeavesNoFile() throws IOException {
        AtomicInteger done = new AtomicInteger();

        assertThatThrownBy(() -> Animation.writePngSequence(index, layout, null, monthly(10), 160, 120,
                dir.resolve("seq.png"), (n, total) -> done.set(n), () -> done.get() >= 3))
                .isInstanceOf(CancellationException.class);

        assertThat(done.get()).isEqualTo(3);
        try (Stream<Path> listed = Files.list(dir)) {
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void aPngSequenceCancelledPartWayLeavesTheFramesOfAnEarlierExportAsTheyWere() throws IOException {
        List<Path> earlier = Animation.writePngSequence(index, layout, null, monthly(5), 160, 120,
                dir.resolve("seq.png"), (n, total) -> { });
        List<byte[]> before = new java.util.ArrayList<>();
        for (Path frame : earlier) {
            before.add(Files.readAllBytes(frame));
        }
        AtomicInteger done = new AtomicInteger();

        assertThatThrownBy(() -> Animation.writePngSequence(index, layout, null, monthly(5), 320, 240,
                dir.resolve("seq.png"), (n, total) -> done.set(n), () -> done.get() >= 3))
                .isInstanceOf(CancellationException.class);

        for (int i = 0; i < earlier.size(); i++) {
            assertThat(Files.readAllBytes(earlier.get(i))).as(earlier.get(i).toString()).isEqualTo(before.get(i));
        }
        try (Stream<Path> listed = Files.list(dir)) {
            assertThat(listed).hasSize(earlier.size());
        }
    }

    /** Pixels that differ in the caption's corner. */
    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < 45; y++) {
            for (int x = 0; x < 120; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
