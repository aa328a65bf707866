package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.diplomap.timeline.RecognitionCounts.YearCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecognitionChartTest {

    @TempDir
    Path dir;

    private static List<YearCount> constant(int from, int to, int count) {
        List<YearCount> counts = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            counts.add(new YearCount(year, count));
        }
        return counts;
    }

    /** The rows in the middle column of the picture where a colour is drawn. */
    private static List<Integer> rowsOf(BufferedImage image, int rgb) {
        List<Integer> rows = new ArrayList<>();
        int x = image.getWidth() / 2;
        for (int y = 0; y < image.getHeight(); y++) {
            if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                rows.add(y);
            }
        }
        return rows;
    }

    @Test
    void drawsEachSeriesInItsColourAndAHigherCountHigherUp() {
        RecognitionChart chart = new RecognitionChart("Two lines", List.of(
                new RecognitionChart.Series("many", constant(1950, 2000, 150)),
                new RecognitionChart.Series("few", constant(1950, 2000, 20))));

        BufferedImage image = chart.draw(900, 500);

        List<Integer> many = rowsOf(image, RecognitionChart.LINE_COLOURS.get(0).getRGB());
        List<Integer> few = rowsOf(image, RecognitionChart.LINE_COLOURS.get(1).getRGB());
        assertThat(many).isNotEmpty();
        assertThat(few).isNotEmpty();
        assertThat(many.get(0)).isLessThan(few.get(0));
    }

    @Test
    void aLineFollowsItsCounts() {
        List<YearCount> rising = new ArrayList<>();
        for (int year = 1950; year <= 2000; year++) {
            rising.add(new YearCount(year, year - 1950));
        }
        BufferedImage image = new RecognitionChart("Rising", List.of(new RecognitionChart.Series("up", rising)))
                .draw(900, 500);
        int colour = RecognitionChart.LINE_COLOURS.get(0).getRGB() & 0xFFFFFF;

        int leftRow = -1;
        int rightRow = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            if ((image.getRGB(150, y) & 0xFFFFFF) == colour) {
                leftRow = y;
            }
            if ((image.getRGB(800, y) & 0xFFFFFF) == colour) {
                rightRow = y;
            }
        }
        assertThat(leftRow).isPositive();
        assertThat(rightRow).isPositive().isLessThan(leftRow);
    }

    @Test
    void writesAPngOfTheAskedSizeAndNothingBeside() throws Exception {
        Path file = dir.resolve("chart.png");

        new RecognitionChart("One", List.of(new RecognitionChart.Series("one", constant(1949, 2025, 3))))
                .writePng(file, 640, 360);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(640);
        assertThat(read.getHeight()).isEqualTo(360);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesAChartWithoutSeriesOrTooSmall() {
        assertThatThrownBy(() -> new RecognitionChart("none", List.of())).isInstanceOf(IllegalArgumentException.class);
        RecognitionChart chart = new RecognitionChart("x", List.of(new RecognitionChart.Series("x", constant(1, 2, 1))));
        assertThatThrownBy(() -> chart.draw(100, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countLinesStepByOneTwoOrFive() {
        assertThat(RecognitionChart.countStep(9)).isEqualTo(1);
        assertThat(RecognitionChart.countStep(70)).isEqualTo(10);
        assertThat(RecognitionChart.countStep(190)).isEqualTo(20);
        assertThat(RecognitionChart.countStep(400)).isEqualTo(50);
    }
}
